// The Junker, chapter 2: The Two Strangers
// Night of 24-25 October 1917 (Old Style) = 6-7 November (New Style).
// Main line: foot escort to a mounted patrol on Shpalernaya, where Lenin and Rahja pass (the crossing with
// Lenin's campaign); the Aurora comes up to the Nikolaevsky Bridge; the morning seizures.
// Side lines from chapter 1: the disarmed cadet on Vasilievsky Island, the cadet waiting for the night train.

// 0 never met, 1 waved them on with the others, 2 looked closely and let them go (folded to 1 after chapter 2)
VAR junker_lenin = 0

// Raise a trait by one, never past 3: small ranges keep the story check fast.
=== function junker_up(ref trait) ===
~ trait = MIN(trait + 1, 3)

// Chapter 1 lets the traits reach 4 or 5 and records the letter; later chapters need neither.
=== function junker_fold_ch1() ===
~ junker_courage = MIN(junker_courage, 3)
~ junker_conscience = MIN(junker_conscience, 3)
~ junker_comradeship = MIN(junker_comradeship, 3)
~ junker_letter = 0

// At each later chapter boundary a trait keeps only whether it is strong (2) or not (0):
// the later text reads only that, and the story check stays fast.
=== function junker_fold() ===
~ junker_courage = junker_fold_trait(junker_courage)
~ junker_conscience = junker_fold_trait(junker_conscience)
~ junker_comradeship = junker_fold_trait(junker_comradeship)
~ junker_lenin = MIN(junker_lenin, 1)

=== function junker_fold_trait(value) ===
{ value >= 2:
    ~ return 2
}
~ return 0

=== junker_ch2 ===
~ junker_fold_ch1()
# chapter: The Two Strangers
# time: 1917-10-24 21:55
# place: winter_palace
# weather: rain
# ambience: interior_quiet
It is still Tuesday the 24th of October, the 6th of November in the West, for two more hours. "Don't take your boots off," says Ustinov. "The District wants eyes on the road to Smolny. A mounted patrol goes up Shpalernaya and wants four men on foot with it, to stand at corners and look at faces. Voronin, you have young eyes. {junker_partner == 1: Gerasimov.|Lapin.} Two more from the second section." # basis: plausible

You go out by the Millionnaya, past the barracks of the Pavlovsky Regiment, whose windows are lit and full of voices and not one of which calls out to you. The riders wait by the Field of Mars: six mounted junkers and a lieutenant with a cavalry moustache and a cold.
# place: field_of_mars
# ambience: street_night
# sfx: footsteps_cobbles
Past the graves of the February dead, past the Summer Garden, and then the long straight of Shpalernaya runs east between prison walls and barracks towards the lights of Smolny.

* [Ask the lieutenant what the patrol is looking for]
    ~ junker_up(junker_courage)
    "Permission to ask, Lieutenant: whom are we looking for?"
    He sneezes and looks down at you from the saddle. "Bolshevik committee men going to Smolny. There are warrants out for half of them and nobody to serve them. If they have a pass, we read it. If they haven't, we ask why." He wipes his moustache. "And if you see Lenin, cadet, you have my permission to be decorated."
    The riders laugh. Lenin has been a rumour since July: in Finland, in Germany, in Stockholm, in a haystack. # basis: documented
* [Look back at the Liteiny Bridge]
    ~ junker_up(junker_conscience)
    At the end of the street the Liteiny Bridge is down, and lit, and crowded. This afternoon artillery cadets held it; now a crowd does, and men with armbands stop everyone who crosses and ask for papers, exactly as you are about to do. Somebody there has a bonfire going. From here it looks like a village festival. # basis: documented
* [Walk beside {junker_partner == 1: Kostya|Grisha} and say nothing]
    ~ junker_up(junker_comradeship)
    {junker_partner == 1: Kostya walks with his chin up as if the street were watching. "If we meet Trotsky," he says, "I shall ask for his autograph and then arrest him." He is frightened, and he makes jokes when he is frightened, and you have known that since the first week.|Grisha walks with his hands in his greatcoat, looking across the river at the lights of the Vyborg Side. "Stepan says they'll come from every district tonight, ours too," he says. "If he comes down this street with a rifle, Mitya, you stop him. I won't." You say nothing, and after a while his shoulder touches yours as you walk.}
- -> junker_strangers

=== junker_strangers ===
# time: 1917-10-24 22:30
# place: smolny
# sfx: footsteps_cobbles
Half past ten on Shpalernaya. The lamps are few and the rain has thinned to a drizzle that hangs in the air. You stand at the corner by a carriage gate while the riders walk their horses up and down, and the street is nearly empty: a cab going home, a soldier with a girl, a dog.

Then two men come along from the direction of the Liteiny, walking fast and then, as they see the horses, not so fast.

The first is big, fair, broad in the shoulder, in a worker's coat. The second is shorter and older, in a crumpled cap pulled low, with a grey cloth tied round his jaw and over his cheek as a man ties one for toothache. Clean-shaven, what you can see of him. A pair of spectacles? No. Eyes, narrow and quick, that go once to the horses and then to the ground. # basis: plausible
So it was by one account of this night; not every account remembers the cloth. # basis: documented

"Halt! Passes!" The lieutenant's horse sidles across their path.

The big one stops, sways, and breaks into a grin of enormous goodwill. He talks thickly and too loudly, a Petersburg workman's Russian with drink in it, and it is all about a name-day and his friend's tooth and a bottle that was, your honours, he swears, the last in the Vyborg Side. He pats his pockets for a pass and finds a tram ticket and offers it to the horse. The older man leans on his arm and says nothing at all; once he groans, a small, convincing groan, and puts his hand to his cheek. # basis: plausible
That is how it went by one account: the big man played the drunk. By others, the riders simply took the pair for a couple of tramps or drunks, and no one had to play anything. # basis: documented

The riders are laughing. The lieutenant sneezes again, and swears, and the big man blesses him, and that finishes it.

* [Laugh with the riders and wave them on #historicity: historical]
    ~ junker_lenin = 1
    You laugh too; it is the first thing that has been funny all day. "Go home and sleep it off, uncle," you say, and the big man salutes you with the wrong hand and steers his friend away up Shpalernaya, still talking, towards Smolny. # basis: plausible
    -> junker_after_strangers
* [Look closer at the man with the bandaged face]
    -> junker_closer

=== junker_closer ===
You step off the kerb into the lamplight. The big one goes on talking; the older one turns his face a little from you, as a man with toothache turns from a draught.

It is the forehead you see: high, and the cap set strangely on it, as if it sat on more hair than the man owns. The cheek above the cloth is shaved close and smooth, like a clerk's, and the face is thinner than a workman's. And the eyes, for one moment, meet yours, and they are not a drunk's eyes, nor a sick man's. They are measuring you. # basis: plausible

Does he remind you of someone? Last July the name was in every newspaper under the word treason, a German agent with a warrant out for him, but the dailies printed words and hardly ever faces; you saw a photograph once, in an illustrated weekly at the barber's: a bald dome, a short beard. Hardly anyone in Petrograd would know the face, and this man has no beard. This man is a worker with a bad tooth and a drunk friend. Probably.

"Voronin!" calls the lieutenant, bored. "Leave the invalids alone."

* [Let it go: a drunk and his friend with toothache #historicity: historical]
    ~ junker_lenin = 2
    ~ junker_up(junker_conscience)
    You step back. A cold has made the lieutenant stupid, and doubt has made you stupid, and a man with toothache is entitled to walk home in peace. The big man beams at you as if you had done him a great kindness, and perhaps you have. They go away up the street towards Smolny, the older one walking faster now, as a man walks who has somewhere to be. # basis: plausible
    -> junker_after_strangers
* [Tell the lieutenant to hold them and take them in #historicity: speculative L2]
    -> junker_l2_taken

=== junker_after_strangers ===
# time: 1917-10-25 00:40
# place: winter_palace
# ambience: interior_quiet
The patrol goes as far as the Tauride Garden. At Smolny's end of the street the windows blaze on every floor and lorries go in and out of the gates; the lieutenant looks a long time, then turns his horse. "Not with six," he says to nobody. "Not with sixty."

It is past midnight, and so it is Wednesday the 25th, when you come back into the palace, wet to the knees. {junker_lenin == 2: You do not tell anyone about the forehead and the raw cheek. What would you say? That a drunk's friend had clever eyes?|You tell the others about the big drunk and the tram ticket, and the second section laughs as the riders did.}

# time: 1917-10-25 03:30
# ship: aurora admiralty
# ambience: rain_river
At half past three you are on sentry at the river front of the palace, by the embankment gate, when the lights come up the Neva. They are ship's lights, high and many, far down the river beyond the long dark front of the Admiralty, moving slowly against the current, and they stop by the Nikolaevsky Bridge, whose span has lain swung open since the afternoon. Faintly, over the water, you hear an anchor chain run out. # basis: documented

A runner has her name before dawn: the cruiser Aurora, whose crew would not take her out to sea. The government opened the bridges; the sailors have brought a warship to close one. # basis: documented

* [Wake Ustinov and report it]
    ~ junker_up(junker_courage)
    Ustinov is asleep sitting up against a stove, his bad hand inside his tunic. He is awake at once, the way front men wake. He listens, goes to the window, looks a long while. "Six-inch guns," he says. "She could put a shell through this wall from there without aiming." Then, because you are white: "She won't. Not tonight. Go and get warm, Voronin. You did right."
* [Tell {junker_partner == 1: Kostya|Grisha} about the strangers]
    ~ junker_up(junker_comradeship)
    {junker_partner == 1: Kostya is awake, smoking against orders. You tell him about the bandaged man. "Lenin?" He laughs till he has to sit down. "Lenin is in Stockholm with a suitcase of German money." Then, not laughing: "Though if it was, and you let him go..." He doesn't finish it.|Grisha is awake, staring at the ceiling. You tell him about the big drunk and the bandaged man. He is quiet a long while. "If it was him," he says at last, "then it's happening tonight, whatever anyone does. And if it wasn't, you let a man with toothache go home. Either way you did the decent thing, Mitya. Sleep."}
* [Watch the ship until the bridge is closed]
    ~ junker_up(junker_conscience)
    You watch. Far down the river lanterns move between the ship and the shore, and out along the open span where it lies on the water. Towards five the lanterns begin, very slowly, to wheel round together as the span is turned back across the gap, and soon after, headlamps cross it towards the island, and you hear cheering thin across the water. Nobody from the palace fires. Nobody has orders to.
- 
# bridge: nikolaevsky lowered
# map: telegraph mrc
# map: nikolaevsky_station mrc
# map: baltic_station mrc
By first light the Nikolaevsky Bridge is closed again and held by sailors. All night the news was the same: the telegraph taken, the stations taken, the power station taken. Soldiers walked in and the guards walked out. # basis: documented

# time: 1917-10-25 07:10
# map: state_bank mrc
# map: telephone_exchange mrc
At seven the telephones in the palace go dead one after another, like lamps being put out down a corridor. Soldiers of the Keksgolm Regiment have taken the central telephone exchange and disarmed the cadets who held it; the State Bank went at six, to forty sailors. Then the relief detail comes back from the Palace Bridge without its rifles: a column came over from the island, too many to count, and told them to go home. They came here instead. # basis: documented
-> junker_ch3

// ---------------------------------------------------------------- the speculative branch: L2
=== junker_l2_taken ===
"Lieutenant," you hear yourself say, "I think we should take them in. The one with the bandage: I think I know his face."

The big man stops talking in the middle of a word. That is the thing you will remember: the silence, sudden as a dropped plate. Then he starts again, louder, but the lieutenant has heard the silence too. He rides up, leans from the saddle, and with the end of his riding crop lifts the older man's cap.

It comes off too easily. Something comes with it, a fringe of hair that is not attached to anything, and under it the lamp shows a great bald dome of a head. # basis: invented

Nobody says the name. The riders close round on their steaming horses. The big man puts his hand in his coat, and three rifles come up, yours among them, and he takes it out again empty and stands very still. The older man looks up at you, the cloth still round his jaw, and his eyes are not frightened. They are furious, and they are calculating, and then they are only tired. # basis: invented

"Well, cadet," says the lieutenant, in quite a different voice. "You have my permission to be decorated."

# time: 1917-10-25 00:20
# place: palace_square
# ambience: street_night
They are taken on foot, between the horses, back down Shpalernaya, past the Field of Mars, to the District headquarters in the Guards Staff building on Palace Square. Nobody stops the patrol. At the headquarters there are officers who have not slept and telephones that still work, and a colonel of the counter-intelligence with a thin file from July, and in it an old photograph, who looks from the photograph to the man on the bench and sits down heavily. # basis: invented

The prisoner has said nothing since Shpalernaya. Now he unties the cloth from his jaw, folds it, and puts it in his pocket. "You have arrested a member of the Central Committee of a legal party on the eve of the Congress of Soviets," he says to the colonel, with a burr in the r's, quite calmly. "You will have to explain that to the Congress." # basis: invented

The colonel is on the telephone to the palace. Men are sent for Kerensky. Somebody says the Peter and Paul Fortress; somebody says that is the one place in the city the Bolsheviks already hold, and laughs in an ugly way. Somebody says Kresty; somebody says a crowd will have him out of Kresty by noon. Someone else says, lower, that there are quicker ways, on the stairs, while trying to escape. # basis: invented

* (law) [Ask that he be held by the law and nothing else]
    ~ junker_up(junker_conscience)
    "He was taken alive," you say, louder than you mean, to the whole room. "By a patrol. In front of witnesses. He goes before a court, or I shall say so to anyone who asks." The colonel looks at you with dislike and something like relief. "Nobody is shooting anybody in this building, cadet. Go and get dry." The prisoner, for the first time, looks at you as if you were a person and not an obstacle. # basis: invented
    -> junker_l2_morning
* [Go back to your post and let the officers decide]
    ~ junker_up(junker_courage)
    You salute and go out, because it is not yours any more. Behind you the room is full of men talking at once. On the stairs you find that your knees will not hold you, and you sit down on a step of red marble and shake, and the lieutenant with the cold sits down beside you and gives you his flask, and neither of you says a word. # basis: invented
    -> junker_l2_morning

=== junker_l2_morning ===
# time: 1917-10-25 10:00
# place: palace_square
# ambience: crowd_corridor
By morning the news is everywhere and nobody believes it. The city's night went on without him: the stations and the telegraph and the telephone exchange were taken all the same, by committees that had their orders before he ever left his hiding place. But at Smolny, they say, the men who are left are quarrelling. The sailors want to march on the District and take him back. Others want the Congress of Soviets to demand his release by vote, and to form a government of all the socialist parties, and to leave the Winter Palace alone. # basis: invented

The palace is not attacked that day. Kerensky goes to the front all the same, and comes back with nothing; the ministers sit on in the Malachite Room; the Congress opens in the evening, and it is a Menshevik, Martov, who carries the hall, for talks on a government of all the socialist parties, with the Bolsheviks in it and not over it. Whether that government would have lasted until the Constituent Assembly, nobody will ever know. # basis: invented
{junker_l2_taken.law: The prisoner is still at the District, held for a court, and the colonel has put officers of his own on the door; a cadet said it aloud in front of a roomful of witnesses, and now too many people know that he was taken alive.|Where the prisoner is this morning, nobody will tell you. The room you walked out of decided it without you, and you do not ask.}

# time: 1917-10-25 16:00
# paper: novaya_zhizn invented The Soviet Demands: Where Is Ulyanov?
In the afternoon a delegation of the Petrograd Soviet crosses the square under a white flag, three men in overcoats and a sailor with a red armband, to ask the District, in the Soviet's name, where the member of the Central Committee taken on Shpalernaya is held and on what charge. A paper goes round the junkers by the firewood with the question printed across the top of its front page. The officers at the door want a witness to the arrest who is not an officer, so that nobody can say the officers made it up. The lieutenant with the cold points at you. # basis: invented

The delegates sit at a table in a bare room with the colonel standing behind them. The oldest of them, a Menshevik with a grey beard and a cough, asks you to say exactly what you saw, and writes it down. # basis: invented

* (told) [Tell it exactly: the bandage, the wig, the rifles, and that nobody struck him]
    ~ junker_up(junker_conscience)
    You tell it as it was, the dropped plate of silence and the cap coming off with its fringe of false hair, and that nobody struck him and nobody will while you are in the building. The sailor looks at you hard all through it, and at the end he nods once, as a man nods to an enemy who has not lied. # basis: invented
* [Say only that he was arrested by order, and you were one of the patrol]
    ~ junker_up(junker_courage)
    "He was arrested by order of the District," you say. "I was one of the patrol." The old Menshevik writes it down and looks at you over his spectacles as if you had handed in half an exercise. The sailor does not look at you at all. # basis: invented
-
At noon the next day your school is stood down for an hour, and the District is across the square.

* (look) [Ask the colonel's orderly to let you see the prisoner]
    The orderly shrugs and lets you look through a half-open door. The prisoner sits at a table under guard with a pencil and a stack of newspapers, writing fast in a small hand, and does not look up. He has asked, the orderly says, for the Congress's resolutions as soon as they are printed. # basis: invented
* [Keep away from the District]
    You keep away. Whatever he is now, a prisoner or a bargain or a martyr in waiting, you do not want to see his face again in daylight. # basis: invented
-
{junker_partner == 1: Kostya will not stop shaking your hand. "You've saved Russia," he says. "Do you understand? You've saved Russia." You do not feel that you have saved anything.|Grisha does not shake your hand. "You did what you're here for," he says at last. "I just hope Stepan's district doesn't find out which cadet it was." He tries to make it a joke and does not manage it.}

What historians argue: this ending is speculative. On the real night the patrol let the pair go, taking them, by one account, for two harmless drunks, and one of them was Lenin. Orlando Figes calls his essay on this moment "The 'Harmless Drunk'" and argues that Lenin's arrival at Smolny was decisive: without him the Central Committee's moderates, Kamenev and Zinoviev, and the coalition-minded majority of the Soviet would probably have steered towards a government of several socialist parties and the Constituent Assembly, with the Bolsheviks strong but not alone. Sidney Hook argued in The Hero in History that October was one man's work in that sense; Trotsky's diary in exile is said to claim the same, though its exact words are unchecked. Rabinowitch would answer that the party's strength lay in the mood of the garrison and the factories, which no patrol could arrest. Nobody can know whether a captured Lenin would have reached a courtroom, a cell, or a stairwell. # basis: documented

~ junker_ending = 7
-> junker_fates ->
And you are the cadet who did not exist: a question historians still ask, given a face. # ending: junker_lenin_taken
-> END

// ---------------------------------------------------------------- side line: the disarmed cadet
=== junker_island ===
~ junker_fold_ch1()
# chapter: The Seventh Line
# time: 1917-10-25 04:10
# place: admiralty
# weather: rain
# ambience: rain_river
You do not sleep. At four in the morning of Wednesday the 25th of October, the 7th of November by the Western calendar, Zina's neighbour, a tug's mate with his coat over his nightshirt, bangs on the door to say that a warship has come up the river and anchored by the Nikolaevsky Bridge, and you go down to the embankment to see, because you cannot bear the kitchen any longer. # basis: documented

# ship: aurora admiralty
She lies in midstream below the bridge, long and grey, three tall funnels, her lamps lit: the cruiser Aurora, the tug's mate says, from the Franco-Russian yard, whose crew would not take her to sea. Here at the Vasilievsky end you can see what the government did to the bridge: its swing span has been turned on its pier to lie along the current, and the roadway stops at the gap. Men with lanterns walk out along the open span. # basis: documented

* (closer) [Go closer, among the sailors]
    ~ junker_up(junker_courage)
    You go down among them in your greatcoat without shoulder boards. A sailor with a rifle on a string looks you over. "Student?" You nod. "Stand back, student. When she swings, that span'll sweep you into the river." He is nineteen, from Kostroma, and he offers you a cigarette, and you take it.
* [Stay back, at the corner of the 1st Line]
    You stay back in the shadow of the corner house, where nobody can ask you anything. From here the men on the bridge are only lanterns, and the ship is only lights. A street cleaner beside you leans on his broom and crosses himself.
- 
# bridge: nikolaevsky lowered
Towards five the span shudders and begins to turn, slowly, a whole street of iron swinging round on the water until it meets the roadway again, and lorries full of armed men cross at once towards the centre, and cheering goes up from both banks. The government opened the bridges to cut the workers' districts from the centre. A ship has undone it in an hour. # basis: documented # sfx: crowd_shout

# time: 1917-10-25 08:30
# place: nevsky
# ambience: street_night
At half past eight you cross the bridge yourself, because it is whole again and nobody stops you, and walk along the English Embankment past the ship and on into the city.{junker_island.closer: The sailor from Kostroma is on guard at the span now. He lets you by with a nod and one word, "Student," as if it were a password.}
-> junker_morning_city

// ---------------------------------------------------------------- side line: the cadet who walked away
=== junker_night_train ===
~ junker_fold_ch1()
# chapter: The Night Train
# time: 1917-10-25 02:05
# place: nikolaevsky_station
# ambience: crowd_corridor
It is after two in the morning of Wednesday the 25th of October, the 7th of November by the Western calendar, and the train to Bologoye has still not been called, when the soldiers come into the waiting room. # basis: documented

There are twenty of them and a sailor, with red armbands and rifles, and they are not in any hurry. A pair go to the stationmaster's office; the rest walk slowly along the benches, looking at faces. The woman with the geese holds her basket tighter. The soldier with string on his boots sleeps on. # basis: documented

The sailor stops in front of you. He looks at your greatcoat, at the pale stripes on your shoulders where the boards were, at your face. "And what are you?"

* [Tell him the truth: a Peterhof junker, going home]
    ~ junker_up(junker_conscience)
    "A junker of the Peterhof school. I left my post. I'm going home to Staraya Russa."
    He looks at you a long moment. Then he laughs, not unkindly, and turns to the others. "Here's one that's demobilised himself already!" To you: "Go home, then. Tell your mother the war's over for you. Maybe it'll be over for all of us soon."
* [Say you are a student going home]
    "A student. Going home to Staraya Russa."
    "With those?" He flicks the pale stripe on your shoulder with one finger. You say nothing. After a while he shrugs. "Students. Go home, student. There's enough people in this city pretending to be something." He moves on.
- 
# map: nikolaevsky_station mrc
By three o'clock the station belongs to the Military Revolutionary Committee. Nothing else about it changes. The lamps burn, the clock ticks, the woman with the geese falls asleep, and the train to Bologoye is still not called. # basis: documented

# time: 1917-10-25 09:20
# place: nevsky
# ambience: off
At nine a clerk chalks on a board that the morning train will go at noon, perhaps. You go out into the Znamenskaya Square for air, and then, because your legs want to, down the Nevsky.
-> junker_morning_city

=== junker_morning_city ===
# time: 1917-10-25 10:15
# sfx: tram_bell
The Nevsky in the morning is simply the Nevsky: trams running with boys on the steps, shops open, a queue at every bakery. On a hoarding by the Gostiny Dvor a soldier is pasting up a fresh proclamation while a small boy holds his pail of paste, and people stop to read it with their umbrellas up. # basis: documented

TO THE CITIZENS OF RUSSIA! "The Provisional Government has been deposed. State power has passed into the hands of" the Military Revolutionary Committee of the Petrograd Soviet, it says, and at the bottom, in bigger letters: "Long live the revolution of workers, soldiers and peasants!" It is dated ten o'clock this morning. # basis: quoted Military Revolutionary Committee, "To the Citizens of Russia!", 25 Oct

"Deposed," says an old man in a bowler hat. "Then who's in the Winter Palace?" Nobody answers him. # basis: plausible
Down at the far end of the Nevsky, beyond the Admiralty spire, the palace is still there, and still the government's, with junkers behind their firewood, and your school among them. # basis: documented

{junker_conscience >= 2: You think of the fitter on the bridge saying they were only defending what was theirs, and of this paper, which says they have taken everything. Both cannot be true. Perhaps both are.}

* [Go back to the palace, to your school #historicity: plausible]
    ~ junker_up(junker_comradeship)
    You walk towards it before you have decided anything, and then you have decided.
    -> junker_rejoin
* [Go to Aunt Zina's and keep out of it #historicity: plausible]
    ~ junker_up(junker_conscience)
    You turn your back on it. Whatever happens in the Winter Palace tonight, it will happen without you.
    -> junker_keep_out
* [Take the noon train home #historicity: plausible]
    You walk to the Nikolaevsky Station. The noon train goes at half past one, which in this city today is nearly noon.
    -> junker_home

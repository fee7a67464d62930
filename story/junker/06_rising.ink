// The Junker, chapter 6: The Twenty-Ninth
// 28 October - November 1917 (Old Style) = 10 November onwards (New Style).
// The junker rising of 29 October (J4): keep the word or break it; the telephone exchange, the Vladimir school,
// Pulkovo; and the endings, each with what became of the people met.

=== junker_ch6 ===
~ junker_fold()
# chapter: The Twenty-Ninth
# time: 1917-10-28 21:30
# place: nevsky
# weather: rain
# paper: izvestia Decree on Peace
# ambience: interior_quiet
On the evening of Saturday the 28th of October, the 10th of November in the West, you buy yesterday's paper at a kiosk on the Nevsky and read it under a lamp: the Congress's decree on peace, a peace without annexations or indemnities offered to every nation at war, and the decree on land, the landlords' estates to the peasants without compensation. You think of Savely's village. # basis: documented
{junker_case == 1: Lower down, the new Council of People's Commissars calls itself a provisional government, until the Constituent Assembly meets. You think of Stepan on his heels with his rifle across his knees: nobody's called the vote off. You argued for that vote; now you will have to watch whether they let it count.}{junker_case == 2: Lower down is the list of the People's Commissars, and at the head of it, chairman, Vladimir Ulyanov (Lenin). Every name on the list is a Bolshevik's. You think of Stepan saying nobody asked Lenin, and you wonder who asked the list.}{junker_case == 3: You think of Stepan getting up with his knees cracking: read the papers this week. Well, here they are, and they say peace and land, and you cannot find the sentence in them that makes your rifle in the palace right.}
~ junker_case = 0

Kerensky is coming back, they say, with Krasnov's Cossacks, who took Gatchina yesterday and are at Tsarskoe Selo tonight; factory sirens call the Red Guards out to dig trenches. # basis: documented
# sfx: door_knock

At ten, back at Aunt Zina's on the 7th Line, there is a knock: Rybakov, the portupei-junker from the bridge, in a civilian coat too big for him. "Tomorrow at dawn," he says. "The Committee for the Salvation of the Motherland and the Revolution. Colonel Polkovnikov commands. The engineers hold the Mikhailovsky Castle; we take the telephone exchange and hold the city for a day, until Krasnov comes in. The Vladimir school is with us. This time we are not waiting in a palace for somebody to come and arrest us." # basis: plausible

{junker_parole == 1: "I gave my word," you say. "So did I," says Rybakov. "To a sailor with a list."}{junker_parole == 2: "I gave my word," you say, and he sees your face and smiles. "You never meant it. Neither did I."}{junker_parole == 0: "Nobody asked for your word," he says. "You're the lucky ones."}

* [Stay at the table #historicity: historical]
    ~ junker_up(junker_conscience)
    {junker_parole >= 1: "I gave my word," you say again. "Out loud, to a man with a list. I'll keep it."|"No," you say. "I walked away once. I'm not walking back."} Rybakov looks at you for a long moment, then nods, and goes down the stairs without saying goodbye. Aunt Zina, who has heard everything through the wall, puts her hand on your head as she passes, as if you were six. # basis: plausible
    -> junker_aside
* [Go with Rybakov to the Engineers' Castle #historicity: plausible J4]
    ~ junker_up(junker_courage)
    You take your greatcoat off the hook. Aunt Zina stands in the kitchen doorway and says nothing, and her silence follows you down the stairs. # basis: plausible
    -> junker_rising

=== junker_aside ===
# time: 1917-10-29 11:00
# sfx: rifle_shot
On Sunday the 29th the city fights without you. You hear it from the 7th Line: rifle fire across the river from dawn, armoured cars grinding along the embankments, and in the afternoon, from the Petrograd Side, the flat bang of a field gun firing at close range, again and again. # basis: documented # sfx: machine_gun_far

By evening everyone knows. The junkers took the telephone exchange for a few hours, and even captured Antonov-Ovseenko there, and the Engineers' Castle was their headquarters. The Vladimir school on Grebetskaya Street, on the Petrograd Side, was fired on by a three-inch gun at point-blank range and stormed at a quarter past three, and the sailors did things to the cadets inside that even Trotsky would later call outrages. More than two hundred killed and wounded on both sides that day. It was the bloodiest day the city had in October. # basis: documented

* (looked) [Go down to the embankment and see for yourself]
    You walk down to the Neva in the dusk. On the University Embankment a lorry comes over from the Petrograd Side with sailors standing in the back, and lying on its floor under a tarpaulin are boys in junkers' greatcoats who do not move. You go home and do not tell Aunt Zina what you saw. # basis: plausible
* [Stay in with Aunt Zina and keep the door shut]
    You stay in. Aunt Zina plays patience at the kitchen table and lets you cheat, and at every lorry in the street you both stop and listen until it has gone. # basis: invented
-
# time: 1917-10-30 15:00
On Monday, from far to the south, you hear the guns on the Pulkovo heights. By night they have stopped. Krasnov's Cossacks have gone back to Gatchina. # basis: documented

{junker_parole == 0: -> junker_home_late}
-> junker_end_parole

=== junker_end_parole ===
# time: 1917-11-20 12:00
# place: nikolaevsky_station
# scene: map
# ambience: off
In the third week of November you take the train home to Staraya Russa from the Nikolaevsky Station, on a ticket that nobody checks, with your word kept and your shoulder boards in your pocket. {junker_aside.looked: You have not slept a whole night since the lorry on the embankment.} A woman in the carriage asks whether you are a student, and you say yes, and it is no longer a lie. # basis: invented

Your mother reads the letter you wrote on the 24th, which you deliver yourself, and then she reads your face. Lida asks whether you saw Lenin. {junker_lenin: You tell her you might have, once, on a dark street, with toothache, and she does not believe you, and you are not sure you do either.|You say no, and it is true.} # basis: invented

What historians argue: this was the road most of the palace's junkers took. Trotsky, in From October to Brest-Litovsk, remembers junkers set free on their word who had expected a bloody end; the same book admits the outrages done to the Vladimir cadets four days later. Both belong to the same week, and which of them a cadet met depended on what he did with his word. # basis: documented
~ junker_ending = 1
-> junker_fates ->
You kept your word. Nobody you gave it to ever knew. # ending: junker_parole
-> END

// ---------------------------------------------------------------- the rising: J4
// What the cadet did at the telephone exchange, each read when it falls and then cleared:
// the greatcoat (1 a Semyonovsky soldier's, 2 his own), the operators (1 sent home, 2 kept at the boards),
// the telephone from Smolny (1 told them the prisoner was alive, 2 put the receiver down).
VAR junker_coat = 0
VAR junker_operators = 0
VAR junker_smolny = 0

=== junker_rising ===
~ junker_fold()
# chapter: The Telephone Exchange
# time: 1917-10-29 04:30
# place: engineers_castle
# weather: rain
# map: engineers_castle government
# ambience: interior_quiet
It is half past four in the morning of Sunday the 29th of October, the 11th of November in the West, and the Engineers' Castle stands behind its moat with a light in every window, like a ship run aground in the middle of the city. It holds some two hundred and thirty cadets of the Nikolaevsky Engineering School, whoever else has come in the night, and a staff of officers who talk too much. # basis: documented

In a vaulted hall a colonel reads out Order No. 1 of the Committee for the Salvation of the Motherland and the Revolution: Colonel Polkovnikov commands; no unit in the city is to obey Smolny; the commissars are to be arrested. The cadets cheer under the vaults. # basis: plausible
Then Rybakov comes back from the staff room with a face like wet plaster. Last night a Red Guard patrol stopped an SR courier with a copy of that order in his pocket. Smolny has read it before the garrison has. # basis: documented
"It changes nothing," says the colonel. "By evening Krasnov's Cossacks will be at the Narva Gate." Nobody asks what happens if they are not. # basis: plausible

{junker_partner == 1: Kostya is here. He came across the city alone at midnight, with his father's revolver in his pocket, and he grips your arm as if you had both arrived at a party. "I knew you'd come, Mitya. I told them."|Grisha is not here. You did not ask him, and you know what he would have said.} # basis: invented

An engineer sergeant is handing out greatcoats from a heap on the floor: soldiers' greatcoats, with the cap bands of the Semyonovsky Regiment. The guard at the telephone exchange will open its gate to soldiers. It will not open it to junkers. # basis: documented

* [Put on a Semyonovsky greatcoat]
    ~ junker_coat = 1
    It is too long in the sleeve and smells of another man's tobacco. Buttoned into it you are a soldier of a regiment that never sent you, and Rybakov, looking you over, says you look more like one than he does. # basis: plausible
* [Keep your own greatcoat: you will not go in disguise]
    ~ junker_coat = 2
    ~ junker_up(junker_conscience)
    "Then walk at the back," says Rybakov, "and keep your mouth shut at the gate." You keep the coat you were sworn in. Whatever you do today, you will do it as what you are. # basis: plausible
-
# time: 1917-10-29 06:15
# place: telephone_exchange
# map: telephone_exchange government
# ambience: street_night
Rybakov's party marches through the dark to the telephone exchange in step, like a relief come at the proper hour. The guard lets them in because they look like soldiers{junker_coat == 2:, and nobody looks twice at the one at the back}. By seven the exchange is yours without a shot, and in a back room under guard sits a small man with long hair and spectacles: Antonov-Ovseenko, who arrested the ministers. How he came to be here nobody can tell you. He is here. # basis: documented

The operators sit at the long switchboards with their hands in their laps: women and girls in dark dresses, their headsets round their necks. An engineer officer wants them kept at the boards, to put the Committee's calls through and to cut off Smolny's. The eldest of them, a woman with a cross at her throat and a pencil behind her ear, says that the girls have mothers, and that the mothers have heard the shooting. # basis: invented

* [Let the operators go home]
    ~ junker_operators = 1
    ~ junker_up(junker_conscience)
    You open the side door yourself and the operators file out into the dark with their shawls over their heads. The woman with the cross goes last and looks at you as if memorising your face. The officer calls you a sentimental fool. From now on the Committee's calls go through one engineer cadet who was once a telegraphist and plugs in the lines with two fingers. # basis: invented
* [Keep them at their boards, for the Committee's calls]
    ~ junker_operators = 2
    ~ junker_up(junker_courage)
    You tell the woman with the cross that they will all go home at dusk, when Krasnov comes. She looks at you as at a liar she has decided to forgive, and puts on her headset. All morning the boards click and buzz, and through them you hear the city: the castle asking for Krasnov, the Duma asking for the castle, Smolny asking everybody for Antonov. # basis: invented
-
All day they come at the exchange: Red Guards, sailors, an armoured car firing down the street. # basis: documented # sfx: armoured_car

At noon a staff captain from the castle comes in by the yard with two officers and goes to the back room, and you hear him say through the door that a commissar in hand is worth more as a hostage if the Reds know he will be shot when they storm. Rybakov looks at you. Somebody has to stand at that door. # basis: invented

* (guard) [Stand on the prisoner's door yourself, and let nobody through it]
    ~ junker_up(junker_conscience)
    You stand at the door with your rifle across it. The staff captain looks you up and down and says that a cadet does not understand politics; you say that you understand a locked door, and he goes back to the castle. Behind you, through the panels, the small man in spectacles says "Thank you," in a perfectly ordinary voice. # basis: invented
* [Leave the door to the officers and take a window]
    ~ junker_up(junker_courage)
    You take a window. It is not your affair what officers do with prisoners; it is your affair that the street below is filling with Red Guards. You do not look at the door again. # basis: invented
-
# time: 1917-10-29 13:20
# sfx: telephone_ring
At twenty past one a telephone rings on the desk by the prisoner's door{junker_operators == 2:, put through by the woman with the cross, who looks at you and not at the officers|, a direct line nobody has thought to cut}. Nobody answers it, so you do. A man's voice, hoarse with no sleep, says that this is Smolny, and asks one question: is Comrade Antonov alive? # basis: invented
{junker_rising.guard: Through the door behind you, you hear the prisoner's chair scrape as he stands up to listen.|Behind the door the prisoner's guards have stopped talking.} # basis: invented

* [Tell Smolny he is alive and unhurt]
    ~ junker_smolny = 1
    "He is alive," you say. "Nobody has touched him." There is a silence on the line, and then the voice says, "Keep him so, junker. We will remember who said it," and is gone. The staff captain, when he hears, calls you a fool for throwing away the only card in the house. # basis: invented
* [Put the receiver down without a word]
    ~ junker_smolny = 2
    ~ junker_up(junker_courage)
    You put it down. Let them wonder. It is the only power you have had all week, and you find that you like it, and that frightens you more than the armoured car. # basis: invented
-
# time: 1917-10-29 15:30
By afternoon your ammunition is short, and a runner gets through to say that the Vladimir school on the Petrograd Side is being shelled with a field gun at point-blank range, the Engineers' Castle is surrounded, and Krasnov is not coming today. # basis: documented

{junker_partner == 1: Kostya is beside you at a window, firing carefully, as if on the range. "This is the Russia we're for," he says between shots. "Not the palace. This."|The cadet beside you at the window is an engineer you never met before this morning. He fires carefully, as if on the range, and tells you between shots that he is from Tula and that his mother thinks he is at his lectures.} # basis: invented

* [Surrender with the others #historicity: historical]
    -> junker_exchange_falls
* [Get out by the courtyard and go south, to Krasnov #historicity: plausible]
    -> junker_to_pulkovo(0)

=== junker_exchange_falls ===
# time: 1917-10-29 17:00
# map: telephone_exchange mrc
# map: engineers_castle mrc
# sfx: footsteps_cobbles
Late in the afternoon the exchange surrenders. {junker_smolny == 1: The first men up the stairs come carefully, calling Antonov's name: Smolny knew he was alive and told them so, and they want him out before anybody fires.|The first men up the stairs come as men come who do not know whether the prisoner they came for is still alive.} The prisoner in the back room walks out first, free, and the sailors come in past him. # basis: plausible
{junker_rising.guard: He stops on the stairs, sees you, and says something short to the sailors in front; they take your rifle and your belt and march you down unhurt. It is all he does for you, and it is a great deal.|You are knocked down on the stairs and kicked{junker_coat == 1:, and a sailor tears at your Semyonovsky cap band: a junker in a soldier's coat is a spy, he says, and spies are shot, until an older man pulls him off}.} # basis: plausible
{junker_operators == 1: In the street, among the crowd, the woman with the cross is waiting. She says something to a Red Guard and points at you, and a stone that was coming for your head goes wide because a hand knocked it.|The operators come out past you with their shawls over their heads and do not look at you. One of them spits.} # basis: invented

Then you are marched across the Troitsky Bridge to the Peter and Paul Fortress, through a crowd that wants you dead and does not quite get to you. Behind you the exchange's windows are lit again, and the girls are going back to their boards. # basis: plausible
~ junker_cell = 2
-> junker_bastion

// ---------------------------------------------------------------- the fortress: J1 and J4 meet here
// Where the cadet came from: 1 the stair of the Small Dining Room (J1), 2 the telephone exchange (J4).
VAR junker_cell = 0
// the note carried out by the guard: 1 to his mother, 2 to Stepan Lapin or Aunt Zina, asking for help
VAR junker_note = 0
// what he told the commission: 1 what he did and nobody else, 2 named his officers, 3 refused to answer
VAR junker_answer = 0

=== junker_bastion ===
~ junker_fold()
~ junker_coat = 0
~ junker_operators = 0
~ junker_smolny = 0
# chapter: The Trubetskoy Bastion
# time: 1917-10-29 21:00
# place: peter_paul
# weather: sleet
# scene: map
# ambience: interior_quiet
{junker_cell == 1: It is Sunday the 29th of October, the 11th of November in the West, your fourth night in the Trubetskoy bastion of the Peter and Paul Fortress, when the cells along your corridor begin to fill.|It is nine in the evening of Sunday the 29th of October, the 11th of November in the West, when the door of a cell in the Trubetskoy bastion of the Peter and Paul Fortress shuts behind you.} The cell is stone, six paces by four, with an iron cot, a stool, a window high up that shows a square of wet dark, and a lamp in the corridor that throws the shadow of the grating across the floor. # basis: plausible

{junker_cell == 1: All day you heard the guns from the Petrograd Side, a field gun at close range, firing and firing. The guard told you at noon what it was: the Vladimir school, on Grebetskaya Street, given ten minutes by the fortress commandant and then shelled.|All day at the exchange you heard from the runners what was happening on the Petrograd Side. Tonight the fortress is full of it.} Now they bring them in, junkers from the exchange and the Engineers' Castle and the Vladimir school, some walking, some carried, some with their faces beaten out of shape. # basis: documented

The boy they push into your cell is seventeen, from the Vladimir school, with a split lip and one boot. His name is Alyosha. He tells it in pieces through the night: the gun at the corner of the street, the walls coming in, the storming at a quarter past three. What the sailors did afterwards he does not tell, and you do not ask, because he is shaking too hard to hold the cup. # basis: invented

In the morning the guard on your corridor comes to the grating: Pakhom, a soldier of the fortress's garrison, forty, who was a postman before the war. He will carry one note out, he says, for nothing. "Twenty years I carried other people's letters. It's a habit." # basis: invented

* [Write to your mother in Staraya Russa]
    ~ junker_note = 1
    You write on the back of a ration ticket with his pencil stub: I am alive. I am in Petrograd, in a safe place. Do not come. Do not send money, there is nothing to buy. Tell Lida I have seen the Neva from both sides now. Pakhom reads it, because he reads everything, and says your mother will like that last line. # basis: invented
* [Write to {junker_stepan: Stepan Lapin at the Putilov works|Aunt Zina on the 7th Line}, and ask for help]
    ~ junker_note = 2
    {junker_stepan: You write to a Red Guard, from a cell his own side put you in, and ask him to say what he knows of you to whoever is deciding. It is the hardest letter you have ever written, and the shortest.|You write to Aunt Zina and ask her to find somebody, anybody, who will say to whoever is deciding that you are a student and not a murderer.} Pakhom folds it into his cap. "That's a letter that wants something," he says. "They go faster." # basis: invented
-
# time: 1917-10-30 15:00
# sfx: fortress_guns
On Monday, from far to the south, through the stone, come the guns on the Pulkovo heights. Alyosha sits up at every one. By night they have stopped, and Pakhom says at the grating, not unkindly, that Krasnov's Cossacks have gone back to Gatchina and nobody is coming for anybody. # basis: documented

# time: 1917-11-02 11:00
# map: peter_paul mrc
On Thursday the 2nd of November you are taken across the fortress yard in the sleet to the commandant's house, where a commission sits at a table under a portrait-shaped pale patch on the wall: a sailor, a grey-haired worker from the Vyborg Side, and a young ensign with a tired, clever face who is the fortress's commissar. It was he, Pakhom told you, who gave the Vladimir school its ten minutes. # basis: invented
{junker_note == 2: {junker_stepan: By the stove, with his cap on his knees, sits Stepan Lapin. He got your note. He does not look at you.|On the table is a letter from the house committee of Aunt Zina's building on the 7th Line, in her neighbour the tug's mate's careful hand, to say that you are a student of good conduct who never hurt anyone.}} # basis: invented
{junker_cell == 1: "The stair by the Small Dining Room," says the ensign. "Three of ours dead, and a boy of yours. Who fired first, and on whose order?"|"The telephone exchange," says the ensign. "Who wore the Semyonovsky coats? Who stood on Comrade Antonov's door, and who wanted him shot? Who gave you your orders?"} # basis: invented

* [Tell them what you did, and nothing about anybody else]
    ~ junker_answer = 1
    ~ junker_up(junker_conscience)
    {junker_cell == 1: "I fired first," you say. "Without orders. The others fired because I did." The sailor writes. The worker looks at you for a long time, the way your father looks at a boy who has construed a hard line correctly and wishes he had not.|You tell them where you stood and what you did, the coat and the window and the door, and when they ask for names you say that you have told them yours.} "And the others?" says the ensign. "Ask them," you say. # basis: invented
* [Say you obeyed orders, and name the officers who gave them]
    ~ junker_answer = 2
    {junker_cell == 1: "Lieutenant Ustinov commanded the section," you hear yourself say. The ensign turns a page. "Ustinov. Who said 'Not without orders.' Two of your own corridor have told us so already." He lets that lie on the table between you, and writes nothing at all.|You give them Rybakov and the staff captain from the castle, and the colonel who read Order No. 1. The sailor writes every name. Rybakov, you learn later, was already dead of his wounds by then; the staff captain was never found.} # basis: invented
* [Refuse to answer: this is no court]
    ~ junker_answer = 3
    ~ junker_up(junker_courage)
    "This is not a court," you say. "I'll answer a court." The sailor laughs. The ensign does not. "There will be courts," he says. "You may wish you had answered us." You are taken back across the yard, and Alyosha, who has been waiting at the grating, does not ask how it went. # basis: invented
-
-> junker_release

=== junker_release ===
# time: 1917-11-09 10:00
The answer comes a week later, read out in the corridor by the sailor from the commission: the junkers are to be let go on their word not to take up arms against the Soviet power. Those who will not give it may wait. There is no paper to sign. {junker_cell == 2: "You gave one word already," the sailor says at your grating, "and broke it on the twenty-ninth. Here's another. We've plenty."|"You fired on the stair," the sailor says at your grating. "The commission's letting you go anyway. Don't make it look stupid."} # basis: plausible
{junker_note == 2 && junker_answer != 2: {junker_stepan: Stepan Lapin spoke for you, Pakhom says; he told them you were his brother's Mitya and had never been anything worse than a fool.|The tug's mate's letter, Pakhom says, was read out, and made the sailor laugh, and did you no harm.}} # basis: invented

* [Give the word they ask for]
    "Dmitry Voronin. I will not take up arms against the Soviet power." The sailor ticks the name. {junker_cell == 2: It comes out steadier than the first time, because this time you know what it costs to break.|It is the first word you have given anyone since the stair, and you find that you mean it.} # basis: plausible
    # time: 1917-11-10 09:00
    The next morning the gate of the fortress opens on the sleet, and you walk out over the wooden bridge to the Petrograd Side with a dozen others, Alyosha among them, limping in a boot Pakhom found for him. # basis: invented
* [Refuse to give a word you may not keep]
    "I'll give no word," you say. "I don't know what I'll do." The sailor shrugs and passes on to the next cell. Alyosha gives his, and goes, and leaves you his tin cup. # basis: invented
    # time: 1917-12-02 09:00
    Nobody comes to ask again for three weeks. On the first Saturday of December, with the Neva beginning to freeze at the edges, you are let out with a batch of others nobody can be bothered to keep, and no word asked of you at all. # basis: invented
-
# place: peter_paul
Outside the gate the fortress's cathedral spire goes up into the cloud, and beyond the river the palace is there, dark red in the wet, with its windows mended. {junker_cell == 1: Somewhere in it is the stair.|Somewhere across the city the exchange is ringing as if nothing had happened.} # basis: invented

* [Take the train home to Staraya Russa]
    -> junker_fortress_home
* [Take the train south, to the Don]
    -> junker_fortress_south

=== junker_fortress_home ===
# place: nikolaevsky_station
# music: funeral_march_quiet
You go home. Your mother opens the door and puts her hand on your cheek where the bruise was, and does not ask. {junker_note == 1: Your note from the fortress is on the mantelpiece, propped against the clock, and Lida has copied out the last line in her diary.|Nobody at home knew where you were for a fortnight; your mother's hair has gone grey at the front.} # basis: invented
~ junker_ending = 2
-> junker_fortress_ending

=== junker_fortress_south ===
# place: nikolaevsky_station
# music: funeral_march
You go south. At the station you buy a ticket for Moscow, and from Moscow, with the Kremlin's walls still pocked from its own week of fighting, you go on in goods wagons towards the Don, where General Alekseev is said to be raising an army of officers and cadets. {junker_cell == 2: You gave your word twice and broke it once. You do not intend to be asked a third time.|At the stair you fired first. On the Don, you tell yourself, nobody will have to ask who did.} # basis: plausible
~ junker_ending = 3
-> junker_fortress_ending

=== junker_fortress_ending ===
{junker_cell == 1:
    What historians argue: your stair is ours, and so is your bastion; the record has the ministers in those cells, not the junkers of the last door. Rabinowitch, in The Bolsheviks Come to Power, is plain that the Winter Palace was not taken by storm: the defenders asked, and the ministers said surrender. The rest is our reasoning from that night: a volley at the last door would not have saved the government, only filled the stair and the papers, and given the men who had walked out of the Congress their martyrs. # basis: plausible
    -> junker_fates ->
    Three men died on a stair because you fired first, and the palace fell at ten past two all the same. # ending: junker_last_door
    -> END
- else:
    What historians argue: the rising of the 29th was the bloodiest day Petrograd saw that autumn, more than two hundred killed and wounded on both sides, most of them at the Vladimir school. Trotsky, in From October to Brest-Litovsk, admits that "sailors undoubtedly committed many outrages upon individual cadets". Mawdsley, in Brenton's Was Revolution Inevitable?, judges the anti-Bolsheviks' divisions unavoidable; it is our own reasoning that a rising betrayed by its own order the night before could only have waited for Krasnov, and that Pulkovo decided it. # basis: quoted Trotsky, From October to Brest-Litovsk
    -> junker_fates ->
    You held a telephone exchange for a day, and the city rang on without you. # ending: junker_rising
    -> END
}

// ---------------------------------------------------------------- south, by way of Pulkovo: J4 (also from the home road)
// how he left Pulkovo: 1 back to Gatchina with the Cossacks, 2 south alone
VAR junker_south = 0
// where he stood at Pulkovo: 1 with the Cossack skirmishers, 2 carrying shells for the battery
VAR junker_post = 0
// the Red Guard boy the Cossacks took: 1 spoke up for him, 2 turned away
VAR junker_pow = 0

=== junker_to_pulkovo(from_home) ===
~ junker_fold()
# chapter: The Pulkovo Heights
# time: 1917-10-30 07:00
# place: tsarskoe_selo
# weather: overcast
# ambience: street_night
{from_home: You spend Sunday on the platform at Tsarskoe Selo with the Cossacks, hearing the city's guns to the north and not knowing whose they are, and on Monday morning, the 30th of October, the 12th of November in the West, the officer who stopped your train tells you that the exchange has fallen and the rising in the city is over.|On Monday morning, the 30th of October, the 12th of November in the West, you walk into Tsarskoe Selo with two engineer cadets, having gone over the courtyard wall of the exchange at dusk {junker_coat == 1:in your Semyonovsky coat, which took you through the crowd in the street as if you were one of it,|in your own greatcoat, through a coal yard and a laundry, with a woman's shriek behind you,} and walked south all night along the railway.} # basis: plausible
~ junker_coat = 0

The Cossacks took the town on Saturday evening, with the church bells clamouring as they rode in, and their guns fired on the barracks of a rifle regiment that had declared itself neutral, and killed eight. Now they are far fewer than anyone said in the city: some seven hundred men and a few guns, and an infantry regiment that nobody here has seen. # basis: documented # sfx: church_bells

A Cossack captain with a grey forelock looks at your face and your hands. "A junker. Good. We're short of everything but horses. Can you shoot, or can you carry?" # basis: invented

* [Go forward with the Cossack skirmishers]
    ~ junker_post = 1
    ~ junker_up(junker_courage)
    "I can shoot." He gives you a carbine and a bandolier half full and sends you to a dismounted sotnia going up the road towards the heights, men twice your age who look at you as at a puppy that has followed them out of the yard. # basis: invented
* [Carry shells for the battery]
    ~ junker_post = 2
    "I can carry." He sends you to the guns, two light field pieces in a muddy orchard, where a sergeant shows you how to hold a shell so that it does not kill you before it kills anybody else. # basis: invented
-
# time: 1917-10-30 11:00
# place: pulkovo
# sfx: machine_gun_far
The Pulkovo heights are black with men: sailors, soldiers, Red Guards in caps and overcoats, thousands, under a colonel called Muravyov, with more coming out from the factories all morning in lorries and on foot. For a few hours in the wet the Cossacks fire and are fired on. # basis: documented
{junker_post == 1: You lie in a ditch on the forward slope with the carbine and fire at figures on the crest, and they fire back, and the Cossack beside you talks to his horse, which is not there, as if it were. Nobody in the ditch is hit. Further along somebody is, and screams, and then does not.|You carry shells up the orchard in the mud, two at a time, till your arms are gone, and the guns fire at a crest you cannot see, and somewhere on it men you cannot see are hit or are not. The sergeant says it is better not to know, and he has been at it since 1914.} # basis: invented

In the afternoon two Cossacks bring back a prisoner they took in a ditch: a Red Guard of sixteen or so in a worker's cap, a rifle on a string, a red band on his sleeve, and a face as white as paper. {junker_partner == 2: He is from the Putilov works; he says so, and then, as if it were a password, that he is in Stepan Lapin's shop.|He is from the Putilov works; he says so, as if that might save him.} The Cossacks have taken his boots, and one of them is uncoiling a whip. # basis: invented

* [Speak up for him: take him to the officers as a prisoner]
    ~ junker_pow = 1
    ~ junker_up(junker_conscience)
    "He's a prisoner," you say, "and a boy. The officers will want to question him." The Cossack with the whip looks at you, and at the boy, and laughs, and coils it up again. You walk the boy back to the staff yourself, in his socks, and he does not say one word to you the whole way. # basis: invented
* [Turn away: it is the Cossacks' war today]
    ~ junker_pow = 2
    You turn away. It is their war today; you are a guest in it. Behind you the whip cracks twice, and the boy cries out, and then the Cossacks are laughing and pushing him back towards his own lines, bootless, and you are ashamed of being glad they did not kill him. # basis: invented
-
By evening the Cossacks are going back to Gatchina, talking in low voices about handing Kerensky over and going home to the Don. # basis: documented

* [Go back to Gatchina with the Cossacks]
    ~ junker_south = 1
    -> junker_gatchina
* [Leave them and walk south alone]
    ~ junker_south = 2
    -> junker_luga

=== junker_gatchina ===
# time: 1917-11-01 09:00
# place: gatchina
# scene: gatchina
# ambience: palace_rooms
At Gatchina, in the yellow palace of the tsars, there is a truce, and on the 1st of November the towering sailor Dybenko walks in among the Cossacks and talks to them as one soldier to another. By evening Kerensky is gone, nobody knows how, and the Cossacks are going home. # basis: documented
The sailors who come with Dybenko go through the palace room by room, counting officers and junkers. Krasnov, they say, has been taken to Smolny and let go on his word; what is good enough for a general is good enough for a cadet. A sailor with a list comes along your corridor. # basis: documented
{junker_pow == 1: Behind him, in a pair of borrowed boots, walks the Putilov boy from the ditch. He sees you and says to the sailor, "That one took me off the Cossacks," and the sailor looks at you with more interest than before.} # basis: invented

* [Give the sailors your word and take a pass home]
    ~ junker_up(junker_conscience)
    You give it: no arms against the Soviet power. {junker_parole >= 1: It is the second time. You try not to think what the second time makes of the first.} The sailor writes you a pass on a page torn from a notebook. It takes you as far as Moscow, and from Moscow you go south anyway. # basis: plausible
* [Slip out of the palace before the sailors reach your door]
    ~ junker_up(junker_courage)
    You go out through a servants' door into the park and along the frozen lake, and you are at the railway before the sailor reaches the end of his corridor. Nobody asks you for anything. # basis: invented
-
-> junker_novocherkassk

=== junker_luga ===
# time: 1917-11-01 14:00
# place: gatchina
You leave the Cossacks at the railway and walk south alone, towards Luga, with nothing but your greatcoat and the thing you know now, which is that nobody is coming to save anything. # basis: plausible
At a village on the Luga road the soviet sits in the schoolhouse, three peasants and a soldier with one arm, and they stop everyone who passes. The soldier asks for your papers and reads your face instead. # basis: invented

* [Tell them the truth: a junker, going south]
    ~ junker_up(junker_conscience)
    "A junker," you say, "from Pulkovo. Going south." The peasants look at the soldier. The soldier looks at your boots, which are good ones. "Then leave those," he says, and you walk on in a pair of bast shoes with your feet wrapped in rags, and you are glad to be walking at all. # basis: invented
* [Say you are a soldier going home from the front]
    "From the front," you say. "Going home." The soldier with one arm asks which front, which division, which regiment, and you tell him, and he knows you are lying by the second answer and lets you go after the third, because, he says, everybody lies now and somebody has to be let go. # basis: invented
-
-> junker_novocherkassk

=== junker_novocherkassk ===
# time: 1917-12-15 12:00
# scene: map
# music: funeral_march
In December you are on the Don, at Novocherkassk, where General Alekseev is raising a volunteer army out of officers and cadets and schoolboys with no uniforms. # basis: documented
{junker_south == 1: The officers there make you tell Gatchina over and over: the sailor among the Cossacks, the Cossacks ready to hand Kerensky over, and Kerensky gone. Nobody at Novocherkassk is sorry for him. Their only regret is that he got away.|You came the whole way on foot and in goods wagons, alone, and at Novocherkassk nobody asks you how; half the boys in the queue came the same way.} # basis: plausible
The clerk at the table wants a name, a school, and an address for the next of kin. # basis: invented

* [Give your home address, and write to your mother tonight]
    You give it, and that night you write: I am in the south, with people I trust. Do not tell the town. Kiss Lida. You do not know whether the post still runs from here to Staraya Russa, and you post it anyway. # basis: invented
* [Give no address: a letter from the Don could bring the soviet to your father's door]
    "None," you say. The clerk does not look up; half the names on his roll have no address. Your family will not know where you are, and so nobody can make them say it. # basis: invented
-
What historians argue: Florinsky, in Russia: A History and an Interpretation, calls Pulkovo "hardly more than a skirmish": Krasnov had some seven hundred Cossacks, and no corps from the front followed him. Many junkers who broke their word made this journey, and the Volunteer Army was built from them. It is our own reasoning, not any historian's, that a few more cadets would not have changed Pulkovo; what historians argue over is the civil war that began there, and what it cost. # basis: quoted Florinsky, Russia: A History and an Interpretation
~ junker_ending = 4
-> junker_fates ->
You put your name on the roll. It is the last choice of 1917 that anyone lets you make. # ending: junker_pulkovo
-> END

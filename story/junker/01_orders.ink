// The Junker, chapter 1: Orders for the City
// Tuesday 24 October 1917 (Old Style) = 6 November (New Style).
// A fictional cadet of the Peterhof ensign school, from the morning order to a post at the Palace Bridge.

VAR junker_courage = 0
VAR junker_conscience = 0
VAR junker_comradeship = 0
// what the letter home says: 1 the truth, 2 the food and the fog, 3 a page for Lida
VAR junker_letter = 0
// who stands beside him at the bridge: 1 Kostya Gerasimov, 2 Grisha Lapin
VAR junker_partner = 0

=== junker ===
# chapter: Orders for the City
# time: 1917-10-24 06:10
# place: peterhof
# weather: rain
# ambience: interior_quiet
It is Tuesday, the 24th of October 1917: the 6th of November by the Western calendar, which runs thirteen days ahead of Russia's. At the Peterhof ensign school it is still full night. Rain ticks on the dormitory windows, and sixty iron cots breathe in the dark: wet wool, boot grease, carbolic.

You are awake before the duty junker comes to shout. Dmitry Voronin, nineteen; Mitya at home in Staraya Russa, where your father teaches Latin and your sister Lida, fourteen, keeps a diary she believes nobody reads. One term at the university, then the call-up. In three weeks you will be an ensign with one star on your shoulder boards and a warrant to the front.

The corridor clock strikes six. It keeps the government's summer time, an hour ahead of the sun; there will be no daylight until half past eight.

Since the 16th the school has been kept ready: rifles racked by the beds, pouches filled. In the next cot Kostya Gerasimov sleeps with his mouth open like a child. Beyond him Grisha Lapin is already lacing his boots in the dark.

On your knee is a letter half written in pencil. Today is the feast of the icon Joy of All Who Sorrow; your mother will be at the early liturgy, and home in time for the post.

* [Tell them the school may be sent into the city]
    ~ junker_letter = 1
    ~ junker_conscience++
    You write it plainly, because Father says a lie told to spare someone is a debt they pay later. We have been kept ready for a week. They may send us into Petrograd. If the papers say there is trouble, do not think the worst. It sounds braver than you are.
* [Write about the food and the fog, and nothing else]
    ~ junker_letter = 2
    You write about the fog off the Gulf, the kasha, the new boots that fit at last. Mother reads every letter twice, looking between the lines. Let her find nothing there.
* [Write a page for Lida]
    ~ junker_letter = 3
    You write for Lida. The fountains in the park are shut for the winter and the gilded statues nailed into wooden boxes, so that Peterhof looks like a goods yard full of crated gods. The swans have gone. Across the water is Kronstadt, and the sailors there, you tell her, are not as frightening as the newspapers say. You are not sure that is true.
- You fold the sheets into your tunic pocket unsealed, to add a line when there is something to say.
-> junker_mess

=== junker_mess ===
# time: 1917-10-24 07:30
Weak tea, black bread, sugar measured out like medicine. Kostya, a barrister's son who reads the Kadet paper the way a priest reads the Gospel, has news from the duty officer. "Junkers shut the Bolshevik press in town before dawn. Seized the papers, sealed the doors. About time. In three weeks the country votes for the Constituent Assembly. The Germans have Riga and the islands. And Lenin, who came home through Germany in a sealed carriage and has hidden from the courts since July, wants to grab the capital before anyone can vote. That isn't a revolution. It's a robbery." # basis: plausible

Grisha's father is a machinist at the Putilov works, and Grisha has never pretended otherwise. "My brother Stepan got a rifle in August, when Kornilov was marching on the Soviet. Kerensky's government gave it to him. Now the same government shuts the workers' paper at five in the morning. The soldiers want peace, Kostya. The peasants want land. Everybody waits for the Assembly except the men in the trenches."

"So you'd hand Petrograd to one party?"

"I'd like to know what we're holding it for." Both of them look at you.

* [Take Kostya's side]
    ~ junker_courage++
    "Whatever the Assembly decides, it decides for all of us," you say. "Not one party, in the night." Kostya claps your shoulder hard enough to spill your tea. Grisha only nods, as if you have told him what he expected.
* [Take Grisha's side]
    ~ junker_conscience++
    "If a soldier asks me why," you say, "I'd like an answer that isn't out of the Kadet paper." Kostya looks at you as though you had spat in the sugar. "You'll both find out soon enough."
* [Tell them both to stop before the officer hears]
    ~ junker_comradeship++
    "Enough. You'll have us all scrubbing latrines through the revolution." They both laugh, which is what you wanted. Kostya pushes his sugar across to Grisha, Grisha pushes it back, and for a moment they are only two boys at a table.
- Outside, across the grey water, Kronstadt is a smudge with a few lights in it, and nobody looks that way for long.
-> junker_order

=== junker_order ===
# time: 1917-10-24 12:20
# sfx: telephone_ring
At twenty past twelve the telephone rings in the office across the yard, and keeps ringing. Ten minutes later the companies fall in in the drill hall, under a roof loud with rain.

Lieutenant Ustinov reads the order. He is twenty-four, with a front officer's stillness and a left hand that has not closed properly since the July retreat near Tarnopol. By order of the Commander of the Petrograd Military District, the school sends its companies to the Winter Palace at once. Entrain at New Peterhof at half past one. Twenty rounds a man, bread for a day. # basis: documented

Then he speaks as himself. "The Minister-President has told the Council of the Republic that the capital is in a state of insurrection. The Military Revolutionary Committee at Smolny has commissars in the regiments, and the regiments listen to them, not to the District. That leaves the schools. No speeches. I heard speeches all summer, then watched the men who cheered them walk away from the line. Clean rifles and dry feet."

* [Ask whose orders these are, exactly]
    ~ junker_conscience++
    "Permission to ask, Lieutenant: whose orders? The District's, or the government's?"
    "The District takes its orders from the government, Voronin. The regiments are told to take theirs from Smolny." He lets that sit. "That is the whole question in this town. Today you answer it with your feet."
* [Ask whether there will be shooting]
    "Will there be shooting, Lieutenant?"
    Someone in the rear rank laughs, too high. Ustinov doesn't. "I hope not. If there is, you fire when told and not one round more. That is the difference between a soldier and a frightened boy with a rifle." He holds your eye. "Both kinds are afraid."
* [Say nothing, and count your cartridges]
    ~ junker_courage++
    You say nothing. Four clips of five, brass and cold. You count them twice, because your hands want something to do, and because a soldier who knows what he carries is half a soldier already. Ustinov said that once, on the range.
- A parcel from someone's mother goes down the line and is emptied in a minute.
-> junker_train

=== junker_train ===
# time: 1917-10-24 13:40
# sfx: footsteps_cobbles
You march to New Peterhof station in the rain. Six green third-class carriages; an old conductor counts you aboard like luggage.

The line runs east along the shore: Strelna, Sergievo, Ligovo. On the left the Gulf is the colour of a knife. Kostya starts the old song about brave soldier-lads whose only wives are their loaded rifles. # ambience: railway

* [Sing with the others]
    ~ junker_comradeship++
    You sing; it is easier than talking. Grisha comes in late and in the wrong key, Kostya conducts him with a bread roll, and for a few versts it feels like the picnic train before the war.
* [Watch the city come out of the rain]
    You watch instead. After Ligovo the fields give way to timber yards, then sidings full of empty wagons, then chimneys, their smoke lying flat in the wet air. A woman with a sack on her back walks along the embankment, level with your window for a moment, and is gone.
- The chimneys thicken towards the Narva Gate. Grisha has stopped singing, or never started. "Stepan's in there somewhere," he says to the glass. "At a meeting. There's always a meeting." He does not say what his brother will do tonight, and you do not ask.
-> junker_station

=== junker_station ===
# time: 1917-10-24 14:45
# place: baltic_station
# weather: overcast
# sfx: tram_bell
Outside the Baltic Station the city is simply the city. A tram grinds past with boys hanging off the step. The company forms up while Ustinov goes to telephone, and the city walks round you as if you were a lamp-post.

A newsboy is shouting a paper. Outside a bakery stands a queue of women, grey with waiting. An old railwayman leans on a barrow and watches you with no expression at all.

* [Buy a paper from the boy]
    ~ junker_conscience++
    It is Rabochii Put', still damp, the ink coming off on your gloves. It calls on soldiers and workers to stand by the Soviet and the Congress of Soviets, which opens tomorrow. "That's the paper they sealed this morning," says Kostya.
    "Somebody unsealed it," says Grisha. You fold it inside your greatcoat, next to the letter, and are not sure why.
* [Look at the bread queue]
    The women have been there since before dawn, shawls black with rain. One looks you up and down. "Going to guard Kerensky, boys? Guard the bakery instead. There'll be no bread by four." The others laugh, not unkindly. Then, more quietly: "My son's your age. He's at the front, by Dvinsk. Don't go getting yourselves killed in town."
* [Talk to the old railwayman]
    He has worked the Baltic line thirty years, he says; once he stoked the Imperial train to Peterhof. "Now I bring you. Tomorrow I'll bring whoever comes." He spits, carefully, away from your boots. "Our union says the railway carries everybody and shoots nobody. Same goes for you, student. You'll be an officer soon?"
    "In three weeks."
    "Then you've three weeks to stay a student."
- Ustinov comes back. "The palace. By Izmailovsky and Voznesensky. Keep step, and keep your mouths shut." His face says the District told him very little.
-> junker_march

=== junker_march ===
# time: 1917-10-24 15:05
# sfx: footsteps_cobbles
Up Izmailovsky Prospekt, four abreast. The walls are plastered with proclamations over proclamations: the District forbids, the Soviet appeals. Over a chemist's door the double eagle shows through its paint like a bruise. Shopkeepers are pulling their shutters down, though it is not yet dark.

At the Izmailovsky barracks soldiers lean out of the windows in their shirtsleeves. One cups his hands. "Oi, junkers! Off to fight the people? Go home to mama!" Laughter spills out behind him.

* [Shout back]
    ~ junker_courage++
    "Come down and say it!" The windows roar with delight. "Voronin," says Ustinov, not loudly. "Eyes front." Your face burns all the way to the Fontanka, and you cannot tell whether with shame or with pleasure.
* [Keep your eyes front]
    You keep your eyes on the wet collar of the man in front, and you keep step, and so does the whole company. It is a small thing, to march past laughter without breaking. It is the only thing you have been taught that works today.
* [Look up at the man who shouted]
    ~ junker_conscience++
    He is no older than you, with a glass of tea in his hand and a red bow on his shirt. He isn't laughing; the shout was for his friends. When your eyes meet he looks away first, and you do not feel you have won anything.
- Over the Fontanka and up Voznesensky Prospekt, with the gilded dome of St Isaac's swimming in the rain.
# place: mariinsky
By the Moika the lamps are lit at the Mariinsky Palace, where the Council of the Republic is sitting; motor cars wait at the entrance, engines ticking.
-> junker_square

=== junker_square ===
# time: 1917-10-24 15:55
# place: palace_square
# map: winter_palace government
Then the street opens and there is nothing but sky: the Alexander Column with its angel black against the cloud, the long arc of the General Staff, and the Winter Palace, dark red like everything else here, the colour of bull's blood. Close to, it is less a palace than a cliff with windows.

Requisitioned motor cars stand in rows along its front; an armoured car squats by the gate. By the wall stand women soldiers, hair cropped under their caps: half a company of a women's battalion that came in from Levashovo for a review on this square today. The rest have gone back to camp. # basis: documented

# time: 1917-10-24 16:00
At four o'clock a column of cyclists comes out of the palace courtyard, wheeling their machines. They have been guarding the palace. They are leaving it. # basis: documented

* [Call after the cyclists]
    ~ junker_courage++
    "Where are you going? You're on guard here!"
    A corporal with mud to the knees stops. "We've guarded it a week, son. Our committee says we're not here to fight the Soviet, nor you either. Nobody came to relieve us, so we've relieved ourselves." Kostya swears at his back. He does not turn round.
* [Ask Ustinov what it means]
    Ustinov watches them go, his bad hand in his pocket. "It means there are fewer of us, Voronin. And that nobody has told them to stay whom they would listen to." He says it the way you would read a thermometer.
* [Watch the women soldiers]
    One of them, a girl of eighteen with a schoolteacher's face, is watching too. "We came for a parade," she says. "They reviewed us, the Minister-President and all. Then our half-company was told to stay and escort fuel from the Nobel works. Fuel!" She laughs without pleasure. "I joined to fight the Germans."
- Nobody stops the cyclists. Nobody has the orders to.

# bridge: nikolaevsky raised
# bridge: palace lowered
A runner from the District crosses the square with the afternoon's news. On government orders the bridges are being opened, to keep the workers' districts from the centre. Down the river beyond the Admiralty, out of sight from here, the Nikolaevsky Bridge has swung its span open at the Vasilievsky end: the iron span turns on its pier and lies level above the water, along the current, and the road stops in mid-river. # basis: documented
"Every bridge open but one," says Ustinov. He means the Palace Bridge, round the corner of the palace, still down and crossing to Vasilievsky Island, with a knot of junkers at its near end. "The government holds that one." # basis: plausible
-> junker_palace

=== junker_palace ===
# time: 1917-10-24 17:30
# place: winter_palace
# ambience: crowd_corridor
The school is quartered in ground-floor rooms facing the square: scuffed parquet, cold stoves, rifles stacked in pyramids where some grand duke once took his coffee. You get lost fetching water and are put right by an ensign from Oranienbaum. Upstairs the palace has been a hospital since the second year of the war; wounded men in grey gowns lean over a back stair and watch you without a word.

By half past five it is full dark. In the square junkers of another company drag the palace's winter firewood out of the yard, wet white birch, and stack it into a breastwork before the gates.

Ustinov comes along the line with his lantern. "Twelve men for the Palace Bridge. It is the last bridge down, and the post there wants relieving before the night."

* [Volunteer for the bridge #historicity: historical]
    ~ junker_courage++
    ~ junker_partner = 1
    Your hand is up before you have thought about it. Kostya's goes up beside it; of course it does. "Voronin. Gerasimov. Good." Kostya is buckling his pouches, bright-eyed, as if picked for a school eleven.
* [Keep your head down and carry firewood #historicity: historical]
    ~ junker_partner = 2
    You keep your eyes on the logs in your arms. Ustinov gets nine hands and looks round for three more, and there are not many to choose from. "Voronin. Lapin. Sorokin." Grisha drops his armful of birch. "So much for lying low."
- Portupei-junker Rybakov, a mining student with a clipped moustache, commands the detail. He checks every bolt by lantern-light and tells you the bayonets stay fixed.
-> junker_bridge

=== junker_bridge ===
# time: 1917-10-24 19:40
# place: admiralty
# weather: rain
# ambience: rain_river
# map: peter_paul mrc
The Palace Bridge is so new it is not finished; it opened for traffic only last winter. The post is at the palace end: two sawhorses and a plank, a lantern, a brazier that will not draw. Below, the Neva runs black and loud. Upstream across the water, the fortress spire catches what light there is; its garrison went over to Smolny last night. Straight across is the island, and somewhere on it the 7th Line, where your mother's sister Zina has a flat and a samovar.

People cross, and you look at them: clerks with their collars up, a woman with washing, a priest who blesses the barrier unasked.
# sfx: tram_bell
A tram crawls over from the island with all its lamps lit, and the faces at the windows stare at you as at animals at a fair.

# time: 1917-10-24 20:40
# bridge: liteiny lowered
Towards nine a runner comes down from the palace. This afternoon, at the Liteiny Bridge, a crowd came at a detachment of artillery cadets. They were overwhelmed and surrendered. The Liteiny is down, and the crowd holds it. # basis: documented
"And the Cossacks? Everybody says they're coming out."
"The Cossacks," says Rybakov, "have been coming out since this morning."

# time: 1917-10-24 21:05
Then the bridge fills with people from the island end: workers off a late shift, soldiers in unbelted greatcoats, a few men in caps and overcoats with red armbands and rifles slung on string.
# music: internationale
Some are singing, the tune breaking in the wind. They stop at the barrier because it is there, and the singing stops with them.

The man in front is a soldier of about thirty with a week's stubble. He puts his hand on the plank, not roughly. "Evening, lads. We're going across." He looks at your shoulder boards. "A junker. An officer in a month, eh? Then in the spring you'll take me back to the trenches." His name is Savely, from Tver province: three winters at the front, the June offensive, the July retreat. "This month the staff wanted two-thirds of the garrison sent up the line again. Who for?"

* [Argue for the Constituent Assembly]
    "In three weeks the whole country votes," you say. "The Assembly will settle the land and the peace. Why not wait three weeks?"
    "Wait." He turns the word over like a bad coin. "We've waited since February. They promised the Assembly for September and put it off. And who'll stand at its door with a rifle when it comes? You will, son."
* [Ask him where he comes from]
    ~ junker_conscience++
    "Where in Tver province?"
    It takes him by surprise. A village on a river you have never heard of, a wife, two girls, and across the stream the landlord's fields, which the neighbours have started ploughing without asking. "What'll your Assembly say to that? Give it back?" He is not trying to win. He is trying to get home.
* [Tell him you are afraid too]
    ~ junker_conscience++
    "I'm afraid as well, if that's what you want to hear." It is the truest thing you have said all day.
    He looks at you properly for the first time. "Good. It's the ones who aren't afraid that get people killed. Keep the sense, boy."
- A grey-moustached fitter in a red armband comes up beside him, oil ground into his hands. "Nobody's attacking anybody, lad. The Congress of Soviets opens tomorrow. Your government shut our papers this morning and pulled up the bridges to cut the workers' districts off from the centre. Who started it? We're defending what's ours." The crowd murmurs behind him, less angry than tired. # basis: invented
-> junker_crisis

=== junker_crisis ===
# time: 1917-10-24 21:30
# music: off
The crowd leans on the barrier without anyone deciding to. The plank bends. Someone at the back shouts that there are only a dozen of them, only boys.

"Detail!" Rybakov's voice cracks across the wet. "Rifles: ready!"

Twelve rifles come up. {junker_courage >= 2: Your hands are steady, which surprises you.|Your hands are shaking, and you grip the rifle tighter so that nobody will see.} Your bayonet is a foot from Savely's chest, rain beading on the blade.
# sfx: rifle_shot
Somewhere upriver a shot cracks, single and flat. Everyone flinches at once, crowd and junkers together, like one animal. Nobody here has fired. Nobody knows who did.

{junker_partner == 1: Kostya is at your shoulder, breathing hard. "Steady, Mitya. They won't. They won't." You cannot tell whether he is talking to you or to himself.|Grisha is at your shoulder, white under the lantern. "I'm not giving mine up," he says, very low, "and I'm not shooting anybody for it. Do what you like, Mitya."}

Savely looks at the bayonet, then at you, and holds out his hand, palm up, the way you reach for a horse that might bite. "Give it here, son. Nobody needs to die on a bridge for Kerensky. Give it here and go home to your mother."

* [Keep your place in the line #historicity: historical]
    -> junker_hold
* {junker_conscience >= 2} [Hand your rifle to the soldier #historicity: plausible]
    -> junker_handover
* [Step back into the dark and walk away #historicity: plausible]
    -> junker_walkaway

=== junker_hold ===
You stay where you are. You neither lower the rifle nor push it forward. You hold it, and it is the hardest thing you have ever done with your arms.

For a long moment Savely keeps his hand out. Then he lets it fall. "Suit yourself, your honour," he says, in the old form of address the revolution abolished, so that it comes out as an insult and a kind of pity at once. The fitter talks to the crowd, low and steady, like a foreman at the end of a shift, and bit by bit it drifts back towards the island. Nobody has fired. The bridge is still the government's.

# time: 1917-10-24 21:50
# place: winter_palace
# ambience: interior_quiet
At a quarter to ten you are relieved and walk back past the firewood breastwork, chest-high now. Ustinov sits on a windowsill with his lantern low. "Nobody hurt?" When Rybakov says nobody, he nods once and looks out at the dark.

{junker_partner == 1: "We held it, Mitya," Kostya says, three times, and sits down on the parquet as if his strings had been cut.|Grisha says nothing on the way back. He breaks his crust in half without looking at you and puts half in your hand.}
{junker_comradeship >= 2: {junker_partner == 1: Later Grisha comes in from the firewood|Later Kostya comes in from the firewood, still arguing with somebody,} and lies down on your other side, as every night since July, and for the first time today you do not feel alone in this building.}
{junker_conscience >= 2: You keep seeing Savely's open hand with the rain on it. He wanted to get home, and you stood in his way with a bayonet, and you would do it again tomorrow, and you do not know whether that makes you a soldier or only obedient.}

You take out the letter. {junker_letter == 1: This morning you told them you might be sent into the city. Now you add: We are in the city. I am well. Do not worry. Two of the three are true.}{junker_letter == 2: Fog, kasha, boots that fit. You cannot add a word about tonight without undoing every line above it, so you add nothing.}{junker_letter == 3: Crated gods and vanished swans. You add a line for Lida: I have seen the Neva at night from a bridge. It is bigger than our Polist. It is bigger than anything.}

Across the river a tram bell rings once. Tomorrow is the 25th, the day the Congress of Soviets is to open. You lie down with your rifle along your side like a wife in the old song, and you have not closed your eyes when Ustinov's lantern comes back along the row.
-> junker_ch2

=== junker_handover ===
You lower the rifle. It is easier than raising it. You turn it and hold it out to Savely butt first, the way you would hand over an umbrella.

He works the bolt and five cartridges jump out and ring on the wet planks. "There. Now you're a student again."

"Voronin!" Rybakov's voice has gone high. "Voronin, you swine!"
{junker_partner == 1: Kostya does not shout. That is worse. He looks at you as if he has never seen you before, then turns to the crowd and holds his rifle steadier, as if he must now hold it for two.|Grisha keeps his rifle up and his eyes on the crowd. "Go on, then, Mitya," he says without turning his head. "One of us should get home."}
{junker_comradeship >= 2: You had meant to look back at them. You do not, because if you look you will stop.}

Savely lifts one end of the plank, the crowd opens for you and closes behind, and you are walking out over the river in the dark, and nobody points anything at you. Behind you the post still stands.

By the dark bulk of the Exchange Savely stops. "Where's home, student?"
"Staraya Russa."
"Too far for tonight. Got anyone nearer?"

# time: 1917-10-24 22:20
# sfx: door_knock
Aunt Zina opens the door on the 7th Line with a candle and for a moment does not know you. Then she pulls you in by the sleeve and stands with her back to the door. She puts the samovar on and asks nothing.

At her kitchen table you take out the letter. {junker_letter == 1: This morning you told them the truth. You cannot think how to tell them the rest, so you write: I am at Aunt Zina's. I am well. I will explain.}{junker_letter == 2: Fog, kasha, boots that fit. You look at it a long time, then put it in the stove.}{junker_letter == 3: You add a line for Lida: I have walked across the Neva at night. I did not do what they sent me to do. I do not know yet if that was right.}
{junker_conscience >= 3: You think you did right. You know you broke your oath. Both are true at once, and nobody taught you what to do with that.}

Here your evening leaves the usual one: most of the Peterhof ensigns were still at the palace when daylight came on the 25th. But junkers did give up their rifles in those two days, at bridges and gates and doors, to crowds that mostly let them walk away. Across the river the palace windows are lit, and your rifle is on another man's shoulder. # basis: documented
-> junker_island

=== junker_walkaway ===
Nobody decides it. Your feet do.

While every eye is on the crowd, you take one step back out of the lantern-light, then another, and the dark between the palace and the Admiralty takes you in like water. Nobody shouts your name. You lean your rifle against the granite parapet, bayonet up; Then you walk.

# time: 1917-10-24 21:55
# place: nevsky
# ambience: street_night
Round the Admiralty, out onto the Nevsky, and the Nevsky is simply the Nevsky: lamps lit, a tram full of faces, a cab horse steaming in the shafts.
# music: salon_waltz
From a restaurant with its curtains half drawn comes a waltz, and a woman in a fur collar steps out laughing. You walk past with your collar up, a junker without a rifle, and nobody looks twice.
Under an archway by the Catherine Canal you cut the shoulder boards off your greatcoat with your penknife and put them in your pocket with the letter.

# time: 1917-10-24 22:45
# music: off
# place: nikolaevsky_station
At the far end of the Nevsky the Nikolaevsky Station is lit and crowded, as if nothing were happening. You buy a third-class ticket to Bologoye, where the branch line runs west to Staraya Russa, and sit between a woman with a basket of geese and a sleeping soldier whose boots are tied with string.

{junker_partner == 1: You think of Kostya at the barrier saying steady, steady, to nobody. He will have noticed by now. He will never forgive you, and he will be right.|You think of Grisha at the barrier saying do what you like. You did. He stayed. You do not know which of you was braver, and you suspect you know exactly.}
{junker_comradeship >= 2: Sixty cots in the dark, and two of them the nearest thing you had to brothers. You left them holding a bridge in the rain.}
{junker_letter == 1: The letter in your pocket says you may be sent into the city. You will deliver it yourself and tell them the rest across the kitchen table.}{junker_letter == 2: The letter in your pocket is all fog and kasha. You will deliver it yourself, and Mother will read it twice and look at your bare shoulders.}{junker_letter == 3: The letter in your pocket is for Lida, crated gods and vanished swans. It is the only part of today you would not change.}

Here your evening leaves the usual one: most of the Peterhof ensigns were still at the palace when daylight came on the 25th; but through the next afternoon and evening junkers left it, singly and by whole detachments, and yours is the lonely version of a thing that happened many times. You do not know that before dawn soldiers of the Smolny committee will hold this station. The night train is late. You wait for it with your hands between your knees. # basis: documented
-> junker_night_train

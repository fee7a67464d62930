// The Junker, chapter 3: The Palace by Day
// Wednesday 25 October 1917 (Old Style) = 7 November (New Style), 08:40-18:15.
// Kerensky leaves past the posts; the defenders of the day; the ministers; the first of those who go (J2).

// what he said to the staff captain who cursed Kerensky: 0 never heard him, 1 asked why he stays, 2 let it pass, 3 called Kornilov a mutineer
VAR junker_right = 0
// what he told Nadya Orlova over her kettle: 1 "I don't know", 2 "till we're relieved", 3 the bridge
VAR junker_nadya = 0
// Chudnovsky under the flag: 1 spoke up for him (read at the parole), else 0
VAR junker_flag = 0

=== junker_ch3 ===
~ junker_fold()
# chapter: The Palace by Day
# time: 1917-10-25 08:40
# place: winter_palace
# weather: overcast
# scene: cadet_barracks
# ambience: barracks
Daylight comes at last at twenty to nine on Wednesday the 25th of October, the 7th of November in the West, grey as dishwater, over a palace that has had no breakfast. The kitchens are for the ministers. The school gets hot water with a smell of tea in it and a quarter-loaf between two, and {junker_partner == 1: Kostya|Grisha} eats his half so slowly that you know he is trying to make it last until evening. # basis: plausible # ambience: palace_rooms

Rumours come in with every runner: the Cossacks are saddling; the Vladimir and Pavlovsky schools are marching to you. Nobody has seen any of them. # basis: documented

The ground-floor rooms are full of strangers: Oranienbaum ensigns, engineer junkers, a few volunteers in student caps, and in a side room some forty old soldiers with crutches and empty sleeves and every one of them with the St George Cross on his chest, under a captain who walks on two artificial legs and does not let anyone help him with the stairs. # basis: documented

* [Sit with the St George veterans]
    ~ junker_up(junker_courage)
    The captain makes room for you on a bench without a word. His men are cleaning rifles they can barely hold. "Why are you here, grandfather?" you ask one of them, who has one eye and is younger than your father. He thinks about it. "Because they asked," he says. "Nobody's asked us anything since the hospital." The captain laughs, a short bark. "We are the Russian army, cadet. What is left of it that still answers a bugle." # basis: plausible
* [Carry water up to the hospital]
    ~ junker_up(junker_conscience)
    -> junker_hospital
* [Go looking for something to eat]
    ~ junker_up(junker_comradeship)
    You and {junker_partner == 1: Kostya|Grisha} find the back way to a pantry where an old footman in the imperial livery, with its eagles unpicked, is guarding a sack of dry rolls as if it were the regalia. He looks at your faces and gives you two each. "The ministers won't miss them," he says. "They've got artichokes." You carry them back to the section and divide them into twelve, and it is the best meal of the war. # basis: plausible
- -> junker_kerensky

=== junker_hospital ===
# scene: palace_hospital
# sfx: footsteps_cobbles
The hospital is upstairs, in halls that were built for balls: row on row of iron beds under the chandeliers, five hundred wounded men, the smell of carbolic and old dressings. A sister in a white headdress takes your buckets and points you to the end of the ward. # basis: documented

The men watch you come. A sergeant with both legs in plaster asks what is going on downstairs, and you tell him, and he shakes his head. "Children," he says to the ceiling. "They send children to guard ministers, and us to guard the children." Another man, younger, with his head bandaged, asks you for a cigarette and whether it is true the Soviet will make peace. You have no cigarette and you do not know. # basis: plausible

"Be careful tonight," says the sister as you go, quite matter-of-fact. "If there's shooting, remember there are five hundred men up here who can't get out of bed." # basis: plausible
-> junker_kerensky

=== junker_kerensky ===
# scene: map
# time: 1917-10-25 10:55
# place: general_staff
# weather: rain
# ambience: off
At eleven your section has the post at the arch of the General Staff, behind a barrier of firewood. Two motor cars come out of the palace courtyard together and across the square towards you, and the second has a little flag on its bonnet, stars and stripes, wet and limp. # basis: documented

The first is an open touring car, and in the back, upright, in a soldier's tunic and cap, as everybody in Russia knows him from a thousand photographs, is the Minister-President. Alexander Fyodorovich Kerensky. He is not hiding. He is not disguised. He is pale and he looks straight ahead, and as the car slows at the arch he turns his head and sees you. # basis: documented # sfx: motor_car

* [Salute #historicity: historical]
    ~ junker_up(junker_comradeship)
    Your hand goes up before you decide, and so does every hand in the section. He raises his own to his cap, gravely, as if inspecting you, and the car goes through the arch and away towards the Morskaya, and the American car after it. # basis: documented
    {junker_partner == 1: "He's going for the front-line troops," says Kostya, shining. "He'll be back tomorrow with a corps."|"He's going," says Grisha quietly. "That's all. He's going and we're staying."}
* [Call out to him: "When are you coming back?"]
    ~ junker_up(junker_courage)
    "Alexander Fyodorovich! When are you coming back?" It is out before you can stop it. The section freezes. He hears you; his eyes find you, and for a moment he looks as if he might stand up in the car and make a speech. Then the car is through the arch and gone, and the American car after it. Ustinov, beside you, says nothing at all, which is worse than anything he could say. # basis: plausible
* [Look at the flag on the second car]
    ~ junker_up(junker_conscience)
    You watch the little flag go by. An American embassy car, lent to carry the head of the Russian government out of the Russian capital. Across the square, on the corner of the Nevsky, a knot of soldiers with red bows watches too, and nobody fires, and nobody tries to stop him. You salute late, when there is nobody left to see it. # basis: documented
- 
"To Gatchina, and the front," says Ustinov. "For troops." And then, lower: "He goes in his own car and we stay in his house." # basis: plausible
-> junker_captain

// the right's contempt for Kerensky since the Kornilov affair: a voice among the officers
=== junker_captain ===
{junker_rejoin: A staff captain smoking at the corridor window has been listening. "Saluted him," he says. "The children saluted him."|A staff captain who came out to watch the car go, and did not salute it, lights a cigarette in the shelter of the arch.} "Let him go. In August General Kornilov moved on the capital to save this government from the Soviet, and our persuader-in-chief called him a traitor, locked him up and handed out rifles to the factories. Now the factories have come for him. Let the Bolsheviks finish him. In three or four weeks the army will finish them, and there'll be an end of speeches." # basis: plausible

{junker_partner == 1: Kostya has gone red to the ears; his father's newspaper says much the same about Kerensky and he has never heard it said aloud by a man in uniform.|Grisha looks at the captain as if he were a new kind of animal.}

* [Ask him why he is here, then]
    ~ junker_right = 1
    "Then why are you here, Captain?"
    He looks at you as though a chair had spoken. "For Russia, cadet. Not for him. When you have a star on your shoulder you'll learn the difference." He drops the cigarette into the wet and goes in, and you notice that he has not said for whom the rest of you are here.
* [Say nothing: half of it is true]
    ~ junker_right = 2
    You say nothing. Half of it is true: Kerensky did break with Kornilov, and the Red Guards did get their rifles that week, Grisha's brother among them. It is the other half that sits in your stomach like cold kasha: that a man in this uniform would stand at this arch and wait for the government to fall.
* [Tell him Kornilov marched on the government]
    ~ junker_right = 3
    "General Kornilov sent a cavalry corps against the government, Captain. At school we'd have called that mutiny."
    The captain looks at your shoulder boards, then at your face, as if memorising it. "At school," he says. "Quite." Ustinov's voice comes from behind you, mild as milk: "Voronin. Your post." The captain goes in without another word.
- -> junker_noon

=== junker_rejoin ===
~ junker_fold()
# chapter: The Palace by Day
# time: 1917-10-25 12:40
# place: winter_palace
# weather: overcast
# ambience: palace_rooms
It is twenty to one on Wednesday the 25th of October, the 7th of November in the West, when you come back to the Winter Palace by the Millionnaya, in a greatcoat that has been out all night, and an engineer junker at the side gate points a rifle at you and asks who you are. # basis: invented

Ustinov is in the corridor with a list in his good hand. He looks at you for a long time. "Voronin." He writes something on the list; you do not see what. "We have more rifles than men today. Take one from the pile by the stove. You can tell me about last night when there is time, and there won't be." That is all, and it is more than you deserve. # basis: invented

{junker_partner == 1: Kostya does not speak to you. At four he gives you half his bread without a word, which is how you know you are forgiven, or will be.|Grisha looks up from his rifle and grins, just once. "The prodigal," he says. "They're out of fatted calves. There's a dry roll."}

You missed Kerensky, they tell you: he went out at eleven in his open car, in uniform, past the posts at the arch, with an American embassy car behind, and the section saluted him. # basis: documented
-> junker_captain

=== junker_noon ===
# time: 1917-10-25 13:10
# place: winter_palace
# scene: malachite_room
At noon the gun of the Peter and Paul Fortress fires across the river, as it fires every day. You are on the upper floor by then, one of four cadets posted in the corridor outside the ministers' rooms, because somebody has decided they should be guarded from the inside as well. # basis: documented

Through the doors, left ajar for the stove's sake, you see the Malachite Room: green stone columns, gilt, a long table, and round it a dozen tired men, most of them in frock coats, the ministers of the Provisional Government. Konovalov, the Moscow industrialist, presides in Kerensky's place. Kishkin, the doctor, who was made special commissioner for order this morning, keeps going out to the telephone and coming back. # basis: documented

A grey admiral with a clipped beard, the Naval Minister Verderevsky, says clearly enough for the corridor: "I don't know why this session was called. We have no tangible military force and consequently are incapable of taking any action whatever." Nobody answers him. Someone asks for more tea. # basis: quoted Admiral Verderevsky, cabinet session, 25 Oct (Miéville)

* [Keep your eyes on the corridor, as ordered]
    ~ junker_up(junker_courage)
    You keep your eyes on the corridor. An officer of your own age, from the staff, comes through at the run with a paper and is gone again. A footman carries a tray of glasses. It is easier not to listen.
* (listened) [Listen]
    ~ junker_up(junker_conscience)
    You listen. They talk about telephoning the Duma, and the Cossack regiments, and the Northern Front; about whether the Soviet really speaks for the garrison; about who might still come. Konovalov says they must telephone everybody. Somebody says there is nobody left to telephone. It sounds like the staff room at your father's school when the inspector is coming and no one has done the register. # basis: plausible
- 
Palchinsky, the mining engineer who is Kishkin's deputy for the defence, comes out, brisk as a man late for a train, and tells the cadets that help is coming: troops from the front, the Cossacks, the city itself. He tells it to every post. By evening you will have heard it four times. # basis: documented
-> junker_afternoon

=== junker_afternoon ===
# scene: map
# time: 1917-10-25 15:30
# place: palace_square
# weather: rain
# ambience: rain_river
In the afternoon the school goes back to the windows on the square. There are Cossacks in the courtyard, two hundred perhaps, their horses under the arches; asked when they will go out, they say: without infantry, never. # basis: documented

The women's company has the rooms by the Hermitage end. One of them, carrying a kettle, is a girl with a schoolteacher's face who came in yesterday for a parade: Nadya Orlova, eighteen, from Kolomna, a nurse before she was a soldier. # basis: invented

"They told us we were to escort fuel," she says. "Now they tell us we are the last defence of the Provisional Government. Half of us want to go back to Levashovo tonight. The other half want to show the men how it's done." She looks at you. "Which half are you, cadet?" # basis: plausible

* [Tell her you don't know]
    ~ junker_up(junker_conscience)
    ~ junker_nadya = 1
    "I don't know. I'm here." She nods as if that were an answer. "So am I. That's what nobody tells you about being a soldier. Mostly you're just here." She pours you a cup from her kettle without asking, and it is real tea, the first since Peterhof.
* [Tell her you'll hold till they're relieved]
    ~ junker_up(junker_courage)
    ~ junker_nadya = 2
    "Till we're relieved," you say. She smiles, which makes her look fourteen. "That's the right answer. Don't believe it, though." She looks down the corridor towards the women's rooms. "We'll see which of us gets relieved first."
* [Tell her about the bridge last night]
    ~ junker_up(junker_comradeship)
    ~ junker_nadya = 3
    You tell her about Savely and his open hand. She listens with her head on one side. "He was right, you know. And so were you. That's the trouble with this town." She finds a lump of sugar in her pocket, looks at it, and gives it to you. "For telling the truth. Don't tell the others."
- 
# time: 1917-10-25 16:20
# map: general_staff contested
Towards four, as the light goes, the guns of the Mikhailovsky artillery school go out through the arch, and only two come back to the palace gates. There are two stories by evening. By one account four of the six guns went under an order nobody could check, because the telephones are dead, and the order was forged by a Bolshevik; by another, the battery's own commissar simply led it out into a cordon of Pavlovsky soldiers and gave it up. Both are still told. # basis: documented
-> junker_six

=== junker_six ===
# time: 1917-10-25 18:05
# place: winter_palace
# scene: palace_corridor
# ambience: crowd_corridor
By six it is full dark. Armoured cars stand at the entrances of the square; one drove up to the main gate and talked a post of junkers into laying down their rifles. The palace is ringed. # basis: documented

Then a man comes in under a white flag, with an Oranienbaum junker at his side: thin, young, one arm stiff from a front wound, who says he is Chudnovsky of the Military Revolutionary Committee and has come to discuss terms. The Oranienbaum junker, Kiselev, is their school's delegate. Palchinsky appears at the top of a staircase, takes one look and shouts: "Arrest, arrest!" Two officers take Chudnovsky by the arms. # basis: documented

The corridor fills at once. Some junkers say good, hold him, a commissar is worth a battalion. Others say he came under a white flag with one of our own, and what are we, Germans? # basis: plausible
Where are the Vladimir and Pavlovsky schools, somebody shouts, and where is Kerensky's corps? The Oranienbaum men have started a meeting in a state room. # basis: documented

* [Speak up for the man under the flag #historicity: historical]
    ~ junker_up(junker_conscience)
    ~ junker_flag = 1
    "He came under a flag!" Your voice cracks, and you say it again, and others say it with you, a dozen, then a room. An officer of the staff looks at your shoulder boards and your face and throws up his hands. Within half an hour Chudnovsky walks out the way he came, rubbing his wrists. At the door he looks back along the corridor of boys who freed him, and his eyes stop on you, the one whose voice cracked, and he nods once. # basis: plausible
* [Keep quiet: it is for the officers]
    ~ junker_up(junker_courage)
    You keep quiet and hold your post, because that is what you are for. It makes no difference. The junkers who shout have their way, and Palchinsky goes back upstairs with a face like a shut door. When Chudnovsky is let go he walks past the silent ones without a glance, and there is no reason he should give one. # basis: plausible
* [Ask Ustinov what he thinks]
    ~ junker_up(junker_comradeship)
    Ustinov is leaning in a doorway with his lantern, watching. "I think a man who comes under a flag goes back under it," he says, "or the next flag is worth nothing. Ours included." Then he goes to find the staff officer himself, and within half an hour Chudnovsky walks out the way he came, rubbing his wrists. # basis: plausible
- 
{junker_partner == 1: "We should have kept him," Kostya says. "He'll be back with a thousand men."|"He'll be back," says Grisha, "with a thousand men, and he'll remember who let him go. That's worth something."}
-> junker_ch4

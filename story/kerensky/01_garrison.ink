// Kerensky, chapter 1: the garrison question and the birth of the Military Revolutionary Committee.
// 6-12 October 1917 (Old Style). Facts from shared/history/bible.md sections 1 (row 6), 2.1, 3.2, 4.1, 6.2 (K1, K3), 7 (#38).

// 1 = the transfer pressed (history), 2 = held back (K1, plausible)
VAR kerensky_transfer = 0
// how he spoke at the Mariinsky: 1 high style, 2 plain, 3 at the Bolshevik benches
VAR kerensky_tone = 0
// standing with the moderate socialists of the Soviet, and with the officers and the Kadets
VAR kerensky_left = 0
VAR kerensky_right = 0
// what he chose to hear
VAR kerensky_heard_barracks = false
VAR kerensky_heard_front = false
// whether the Soviet's soldiers' section was invited to the district staff (K1 branch)
VAR kerensky_invited = false
// how the warrant went out in the K3 branch: 1 militia at night, 2 junkers in daylight
VAR kerensky_warrant_way = 0

// Carried through the whole campaign (see OUTLINE.md). Chapter 1's detail is folded into these at its end.
// 0 = history, 1 = the garrison was never ordered out (K1)
VAR kerensky_branch = 0

// Folds chapter 1 into the campaign's few variables and clears the rest, so the story check's state stays small.
=== function kerensky_fold_ch1(branch) ===
~ kerensky_branch = branch
~ kerensky_left = kerensky_band(kerensky_left)
~ kerensky_right = kerensky_band(kerensky_right - 1)
~ kerensky_transfer = 0
~ kerensky_tone = 0
~ kerensky_heard_barracks = false
~ kerensky_heard_front = false
~ kerensky_invited = false

// standing as 0 (lost), 1 (some), 2 (solid)
=== function kerensky_band(x) ===
{
- x < 0:
    ~ return 0
- x < 2:
    ~ return 1
- else:
    ~ return 2
}

// adds to a standing and keeps it within 0..2
=== function kerensky_shift(ref standing, by) ===
~ standing = MAX(0, MIN(2, standing + by))

=== kerensky ===
# chapter: The Garrison Question
# time: 1917-10-06 23:40
# place: winter_palace
# weather: rain
# ambience: rain_river
Friday, 6 October 1917 by the Russian calendar; in Paris and London, thirteen days ahead, it is already Friday the 19th. Rain blows off the Neva in handfuls and rattles the tall windows of the Winter Palace. You, Alexander Fyodorovich Kerensky, Minister-President of the Russian Republic and Supreme Commander of its armies, are still at your desk in the last Tsar's library.

The room was made for a man who read at leisure: dark carved wood, a gallery under the ceiling, books behind glass. Now office tables stand against the panelling, a telephone cord runs across the carpet, and wire baskets hold the day's telegrams beside a glass of tea gone cold. Along the corridor the silk walls of the imperial family's rooms have been covered with canvas. Below, in the great halls, the palace has been a military hospital since 1915, and at night you can hear the orderlies on the stairs.

You are thirty-six. You have not slept a whole night since the summer, and by evening the voice that carried the spring has a rasp in it. In March, as Minister of Justice, you were cheered wherever you stood. Now the officers say that you betrayed General Kornilov in August. The Bolsheviks say that you hunted them as German agents in July, and that you armed the workers against Kornilov only to save your own skin. You know every answer to both charges by heart. Nobody asks you for them any more.

The week has been a bad one. The Germans have come ashore on the Baltic islands, and every telegram since has counted another loss. On Tuesday the Staff ordered Revel evacuated. In cabinet the ministers talked of moving the government to Moscow if the enemy came up the Gulf of Finland. The words were hardly out of the room before the newspapers had them: the bourgeois ministers mean to run, and to leave Red Petrograd to the Kaiser. The plan went back into its drawer. The suspicion did not. # basis: documented

# sfx: telegraph
In the next room the apparatus starts chattering again. Your duty adjutant, a captain who has been awake as long as you have, brings in another armful of paper and sets it down carefully, as if it might go off.

Three things are waiting for you tonight. Which do you take up first?

* [The telegram from the islands]
    ~ kerensky_heard_front = true
    The tape has been cut into strips and pasted onto the form, so that the disaster reads like a ransom note. Ösel is lost. Moon has gone after it. The fleet has fought in Moon Sound, the strait behind the islands that guards the Gulf of Riga, and drawn back north into the Gulf of Finland. You read it twice, as you read everything twice now, in case the second reading says something else. On the wall map the German pins now close the Gulf of Riga, and the mouth of the Gulf of Finland is the next door along. At the other end of that gulf is this room.
* [The evening papers, left and right]
    You spread them side by side. The Bolshevik paper, which was called Pravda until the July ban, says in every issue now what it says tonight: that the Moscow plan was desertion, and that this government would hand the capital of the revolution to the Germans to be rid of it. The Kadet papers say the opposite with the same contempt: no government can defend Petrograd with a garrison that votes on its orders, and yours has not the nerve to try. On the left you are a little Bonaparte; on the right, a chatterer who let the Soviet tie his hands. You fold both papers and set them face down.
* [Tomorrow's speech to the Pre-Parliament]
    The draft is three pages in your own sloping hand, full of crossings-out. You write as you speak, in long rising waves: the Republic you proclaimed in September, the army that has stood for three years, the free people who will not bow to the Kaiser. The phrases come as easily as they always have. What does not come is the sentence after them, the one that says what the government will actually do. You leave a space for it and underline the space.

- Under everything lies the paper you have been putting off since the afternoon. It is a memorandum from the district staff, written in the name of the Northern Front: reinforcements for the approaches to the capital. Whose idea it was first, the memorandum does not say; on paper the front asks and the district obliges. A large part of the Petrograd garrison, the reserve battalions of the Guards regiments and the rifle regiments, the sappers and the rest, is to go out to the front and to the line that covers the city. Colonel Polkovnikov, who commands the Military District, has already sounded the regimental committees. The barracks have answered with meetings. He asks to see you on Sunday, and he wants a decision.

You know this garrison. In February it brought down the monarchy by walking out of its barracks into the streets. Since then it has done very little fighting, a good deal of trading on street corners and an enormous amount of voting. # basis: documented

* [Ask the captain who is really asking for these battalions]
    ~ kerensky_heard_front = true
    "Pskov, Alexander Fyodorovich," he says. "On paper." He hesitates, then goes on. "At the district they say the front is demanding the men. A friend on the front staff tells it the other way round: that the proposal went from here to Pskov, and Pskov agreed without much joy. The front will take whatever it is sent, because it must. Whether it can use these particular men is another question, and nobody asks it on the telegraph."
* [Ask him what the barracks are saying]
    ~ kerensky_heard_barracks = true
    He has a cousin in the Izmailovsky reserve battalion, and he tells you what the cousin told him. The soldiers say they made the revolution and the government wants them gone. They remember the promise of March, when the first Provisional Government undertook not to disarm the units that had joined the revolution and not to send them out of the capital. You sat in that government. The captain is too polite to say so, but you can see him thinking it.
* [Send the captain to bed]
    He protests, then goes. The door closes on his footsteps, and you are alone with the rain, the map and the memorandum. It is not an unfamiliar feeling. Since the summer it has become the most familiar one you have.

-
Somewhere in the dark palace a clock strikes midnight. You read the memorandum a third time. Then you put it under the speech, because tomorrow you must first be eloquent, and only after that decisive.
-> kerensky_mariinsky

=== kerensky_mariinsky ===
# time: 1917-10-07 15:00
# place: mariinsky
# weather: overcast
# ambience: crowd_corridor
Saturday, 7 October; the 20th in the West. The Mariinsky Palace faces St Isaac's Cathedral across the square, and today its hall is full. This is the Provisional Council of the Russian Republic, which everyone calls the Pre-Parliament: five hundred and fifty-five members named by the parties, the soviets, the cooperatives and the zemstvos, and by the propertied classes, whose share the left resents. It can advise the government. It cannot command it. Still, it is the nearest thing Russia has to a parliament until the Constituent Assembly is elected, and you have promised it everything a speaker can promise. # basis: documented

The SR Avksentiev is to take the chair. In the corridors the Kadets stand in frock coats, the socialists in worn jackets, and the generals in a knot of their own. To the left sit the Bolsheviks. They have come, but they have not taken off their coats.

You open the session. The hall goes quiet in the way it always does for you, and for a moment you feel the old current running again.

* [Speak in the high style: the Republic, the army and the people in one breath]
    ~ kerensky_tone = 1
    You give them the speech the hall expects and half of it still wants. You speak of the free Republic facing an enemy at the gates, of the soldiers in the trenches who have the right to ask what the rear is doing for them, and of the duty of every party to set the country above itself. Your voice rises and cracks and rises again. The centre applauds and the socialist benches join in. The right claps politely, as people clap at a concert they did not choose. When you sit down your shirt is wet under the tunic, and you could not say what, if anything, you have changed.
* [Speak plainly: the islands, Revel, what the front needs]
    ~ kerensky_tone = 2
    ~ kerensky_right = kerensky_right + 1
    You put the draft away and speak without it. You tell them about the islands lost, Revel emptied, and the fleet pulled back from Moon Sound into the Gulf of Finland. You tell them that the front needs men and that the men are here, in the capital's barracks. There is no applause at first. Then a general in the second row nods slowly, and a Kadet you have never liked calls out that this is the first honest speech you have given since August. The socialist benches have gone very quiet. They have understood which men you mean.
* [Speak straight at the Bolshevik benches: who here will defend Petrograd?]
    ~ kerensky_tone = 3
    ~ kerensky_right = kerensky_right + 1
    ~ kerensky_left = kerensky_left - 1
    You turn to the left of the hall and speak to it directly. The enemy holds the islands at the mouth of the Gulf of Riga, you say, one door from the Gulf of Finland, and it asks no one's opinion of the coalition. Who, then, in this hall will defend the capital of the revolution, and who will only talk about defending it? The right gives you the ovation it has withheld since August. The Bolsheviks do not move at all. On the SR benches Avksentiev looks down at his papers.

- Avksentiev is elected to the chair. The Bolshevik faction has asked for a few minutes to make a declaration, and he gives them the floor. Trotsky goes up to the tribune.

He spent part of the summer in prison on the July charges and has been out on bail since the start of September. Since late September he has been chairman of the Petrograd Soviet. He reads from a paper, fast and hard. The council, he says, is a screen for the propertied classes and for the men of the Kornilov affair; the government is preparing to surrender Petrograd and the revolution with it; only the soviets can give the people peace, land and bread. The right benches begin to shout before he is halfway through. He raises his voice over them and ends with the line that the papers will print tomorrow in every city of Russia: "Petrograd is in danger! The revolution is in danger! The people is in danger!" # basis: quoted Trotsky, declaration to the Pre-Parliament, 7 Oct

Then he steps down, and the whole Bolshevik faction rises and walks out of the hall, coats already on, into the wet afternoon. # basis: documented

* [Watch Trotsky as he goes]
    He does not hurry, and he does not look at you. He looks like a man who has done what he came to do and has somewhere more important to be. You know where that is. It is Smolny, where the Soviet he chairs sits in a former school for noble girls, and where, since the Kornilov days, the soldiers and workers of this city have listened to him more than they listen to you.
* [Watch the right benches]
    ~ kerensky_right = kerensky_right + 1
    General Alekseev, who was the Tsar's chief of staff and briefly Supreme Commander this spring, sits with his hands on his knees and watches the Bolsheviks leave. Then he turns his head and looks at you. Around him the Kadets are saying, loudly enough for you to hear, that this is what comes of letting the Soviet arm the workers. You let these people out of prison in September. That is what the look means.
* [Watch the socialist benches]
    ~ kerensky_left = kerensky_left + 1
    The Mensheviks and SRs sit very still. Some look relieved that the Bolsheviks have gone, and more look frightened by it. Dan, one of the Menshevik leaders of the Central Executive Committee, leans over to a neighbour and says something short. These are the men who really support you, and the Bolsheviks have just told the whole country that these men speak for nobody. By tonight the barracks will believe it.

- The session goes on without the Bolsheviks, with committees, elections and procedure. In the corridor afterwards an SR deputy you trust more than most takes your arm. They have gone to the streets, he says, and the streets are the barracks. You nod. On the way back to the palace the car's wheels hiss on the wet wood-block paving, and you think about the memorandum under your speech.
-> kerensky_district

=== kerensky_district ===
# time: 1917-10-08 11:00
# place: general_staff
# weather: rain
# ambience: crowd_corridor
Sunday, 8 October; the 21st in the West. The headquarters of the Petrograd Military District stand across Palace Square from the palace, at number 2, in the building of the Guards Corps Staff. Like the palace and the great curve of the General Staff with its arch, it is painted a dark bull's-blood red, and the rain has made it darker still.

# sfx: typewriter
Colonel Polkovnikov receives you in an office where the typewriters have not stopped for Sunday. He is thirty-four, a Don Cossack and an officer of the General Staff. You gave him the district at the start of September because, when Kornilov's cavalry was on the road to the capital, he stood by the government. Beside him is his chief of staff, General Bagratuni, an Armenian prince who chooses his words one at a time. # basis: documented

They lay out the lists on the table: battalion after battalion, company strengths, the railway timetables for the moves. Polkovnikov makes the case for the transfer as the Staff makes it. The Germans hold the islands that close the Gulf of Riga, and the line covering the capital is thin. The reserve battalions in Petrograd are full of men who have never been under fire, while the men in the trenches have been there for three years. The front hates the garrison as heartily as the garrison fears the front. And if the government cannot move its own soldiers out of its own capital in wartime, then it is not a government but a guest of the Soviet. # basis: plausible

He does not say that last sentence in those words. He does not need to.

-> kerensky_district_questions

=== kerensky_district_questions ===
What else do you want to know before you decide?

* [Ask which units, and how many]
    Bagratuni runs a finger down the list. By the Staff's plan it is a great part of the garrison's infantry, and at Smolny they will call it two-thirds. Many of the battalions on it came out in February, and some came out again in July. Bagratuni points this out without comment, and you understand that he means it as a comment.
    -> kerensky_district_questions
* [Ask what the soldiers' committees have resolved]
    ~ kerensky_heard_barracks = true
    Polkovnikov reads you two of the resolutions in the flat voice of a man reading a charge sheet. The soldiers will not leave the capital while the revolution is in danger. They ask why it is always the revolutionary regiments that the front wants. They suspect that the Staff means to empty Petrograd of revolutionary troops, so that what Kornilov failed to do in August can be done in October with no fighting at all. And they have heard of the Moscow plan. If the government was ready to leave the city, they ask, why should they believe that it wants to defend it?
    -> kerensky_district_questions
* [Ask whether the front truly wants these men]
    ~ kerensky_heard_front = true
    There is a pause. On paper Pskov demands them, Bagratuni says, and Pskov will take them. Between these walls, the front's staff has not pressed for them half as hard as the district's letters say it has. Whether Pskov can use them is another matter. Battalions that arrive after a month of meetings, with their committees and their newspapers, might steady a line, or they might rot it. The front commanders watched the summer offensive collapse. They know what a unit that does not want to fight does to the units beside it.
    -> kerensky_district_questions
* [Ask what the officers and the Kadets will say if you refuse]
    ~ kerensky_right = kerensky_right + 1
    Polkovnikov answers more freely than before. They will say that you surrendered to the Soviet in August and are surrendering to it again. They will say that the Minister-President keeps a revolutionary garrison in the capital as his bodyguard against the right, and they will not be entirely wrong, he adds, and then he apologises. You tell him not to. It is the first thing anyone has said to you in a week that you are sure is sincere.
    -> kerensky_district_questions
+ [Enough questions]
    -> kerensky_decision

=== kerensky_decision ===
You go to the window. Across the square, the palace stands dark red in the rain, with the Alexander Column black against it.

You can see both cases as clearly as if you had to argue them in court, and you were a lawyer before you were anything else. The Staff's case is that there is a war. The Germans hold the islands. An army cannot leave whole regiments in the rear to hold meetings, and a government that bows to its own barracks will be despised by the front, the Allies and the right, and in the end by the barracks too. {kerensky_heard_front:You remember, too, that nobody at the front has said these men would make it any stronger.}

The Soviet's case is that the soldiers do not want to go to the trenches, and that nobody honest can blame them after three years. It is that the promise of March was real. It is that a government which talked of moving to Moscow last week now wants to send the capital's revolutionary regiments away, and the soldiers can count. {kerensky_heard_barracks:You hear the resolutions again in Polkovnikov's flat voice: what Kornilov failed to do in August, done in October with no fighting at all.}

Between the two cases stands one tired man, whom neither side trusts and both need, with the lists on the table.
// nothing reads what he heard after this point: clear it so the story check's states merge
~ kerensky_heard_barracks = false
~ kerensky_heard_front = false

* [Press the transfer: the front cannot wait for the Soviet's permission #historicity: historical]
    ~ kerensky_transfer = 1
    ~ kerensky_right = kerensky_right + 1
    ~ kerensky_left = kerensky_left - 1
    -> kerensky_pressed
* [Hold the transfer back until the front can take the units without a fight with the Soviet #historicity: plausible K1]
    ~ kerensky_transfer = 2
    ~ kerensky_left = kerensky_left + 1
    ~ kerensky_right = kerensky_right - 1
    -> kerensky_delayed

=== kerensky_pressed ===
You turn from the window and tell Polkovnikov that the Staff's plan stands. The preparations go on; the committees will be told that the front cannot wait; the soldiers will go where the war needs them. You say it well. You always say things well. Polkovnikov clicks his heels, and for a moment he looks almost grateful, as if he had expected less of you.

Walking back across the square, you compose the sentence for the papers. The Republic does not ask its soldiers where they would like to serve. It is a fine sentence. It will be answered within a day.

# time: 1917-10-09 23:15
# place: winter_palace
# weather: rain
# ambience: interior_quiet
# sfx: telephone_ring
Monday, 9 October; the 22nd in the West. The telephone in the library rings a little after eleven. On the line is a man from the Soviet's Executive who still takes your calls, an SR who has been at Smolny since the afternoon. He sounds as tired as you are.

In the Executive, he says, the Menshevik Broido proposed a committee of revolutionary defence. It was meant honestly: a body of the Soviet to work with the district staff on the defence of the city, so that the soldiers could see for themselves that any transfer was needed and was not a plot. Then the Bolsheviks took hold of it. Trotsky kept the name and turned it around. The committee would not help the staff move troops out; it would judge whether they should move at all. It would count the garrison's men and rifles and watch every order the staff gave. In the evening the whole Soviet met, and the hall was packed with soldiers' delegates. Not one of them, he says, spoke for going to the front. # basis: documented

He gives you the Soviet's case as they made it, and he does not soften it. The soldiers have been told for seven months that the revolution needs them in Petrograd, and now a government that talked of running to Moscow tells them that the war needs them in the trenches. They have no reason to think the government loves them. They remember July. They remember August, and who stopped Kornilov's trains on the lines, and they know it was not the Staff.

The resolution passed. The committee is to be formed. The caller's own party voted against it, but, he says, the soldiers were not listening to his party.

You thank him and put the receiver down. The rain has stopped. The palace is very quiet.

* [Let the Soviet have its committee: Polkovnikov will deal with the regiments one by one #historicity: historical]
    -> kerensky_committee
* [Order Trotsky's arrest: he is out on bail, and the July case is still open #historicity: speculative K3]
    ~ kerensky_left = kerensky_left - 2
    -> kerensky_warrant_knot

=== kerensky_committee ===
You decide that the Soviet has passed resolutions before, hundreds of them since March, and the government is still here. Committees are born at Smolny every week and die of their own minutes. Polkovnikov knows the regimental committees. Let him talk to them one regiment at a time, with the lists in his hand and the war behind him.

For three days you govern. You receive the Allied ambassadors, who want to know whether Russia will fight through the winter. You sit in the Malachite Room with ministers who answer every question with a memorandum. You sign, you telephone, you speak.

# time: 1917-10-12 23:30
# place: winter_palace
# weather: rain
# ambience: rain_river
# sfx: door_knock
Thursday, 12 October; the 25th in the West. Late in the evening your adjutant knocks and brings in the report from Smolny.

Today, in closed session, the Soviet's Executive Committee approved the statute of its new body. It no longer calls itself a committee of revolutionary defence. It is the Military Revolutionary Committee. Its nominal chairman is a Left SR named Lazimir; the Bolsheviks Podvoisky and Antonov-Ovseenko sit beside him. It is to concern itself with the defence of the capital and with the garrison: which units the defence requires, how many men, what arms. # basis: documented

# map: smolny mrc
You read the report twice. Across the city, in that long, smoky building on the Neva bend, a few men with a rubber stamp have just made themselves the judges of your orders to your own soldiers. They did it because of the order you gave on Sunday. You can see that tonight more clearly than you would like.
-> kerensky_night

=== kerensky_warrant_knot ===
# time: 1917-10-10 10:00
# place: winter_palace
# weather: overcast
Tuesday, 10 October; the 23rd in the West. You have slept three hours, and you have not changed your mind.

The legal position is clear enough, and you were a lawyer before you were a minister. Trotsky was arrested on the July charges and released on bail in September. The case has not been closed. A man on bail who tells the soldiers of the capital to disobey their government is a man whose bail can be revoked. You have said as much in cabinet more than once. This morning you mean it. # basis: documented

The Minister of Justice, Maliantovich, is a Menshevik and a careful lawyer. He listens, and he does not argue the law. He argues the city. The man you want to arrest is the elected chairman of the Petrograd Soviet, chosen by the same workers and soldiers who stopped Kornilov for you in August. Colonel Polkovnikov, called in from across the square, argues something simpler. With which men? The militia will carry a warrant. Somebody has to carry rifles behind it, and the rifles of this city are in the very barracks you have just ordered to the front.

You listen to both of them. Then you decide how it is to be done.

* [Send the militia with the warrant, quietly, after dark #historicity: speculative]
    ~ kerensky_warrant_way = 1
    # time: 1917-10-10 21:30
    # ambience: street_night
    A militia officer and four men set out in the evening with the warrant in an envelope. At Smolny the soldiers at the gate check their papers slowly and send a runner upstairs. Trotsky is not in the building. He is not at his lodgings either. Nobody knows where he is, or nobody will say. The militia return before midnight with the envelope unopened. # basis: invented
    As it happens, history knows where he was. That night, in a flat on the Karpovka embankment, twelve members of the Bolshevik Central Committee, Trotsky among them, were voting ten to two that an armed uprising was inevitable. Your warrant arrived at Smolny while its target was out deciding your fate. The Bolsheviks will make a great deal of that warrant by morning.
* [Send junkers with the militia, openly, in daylight #historicity: speculative]
    ~ kerensky_warrant_way = 2
    # time: 1917-10-10 15:00
    # ambience: off
    # sfx: footsteps_cobbles
    A company of junkers marches out behind a militia officer with the warrant. By the time they reach the Smolny gates the news has run ahead of them by telephone. Soldiers of the garrison stand at the gates with rifles, and behind them a crowd grows every minute. A delegate of the Executive, a Menshevik, comes down to say that the Soviet will not surrender its chairman to the government it saved in August. The junkers are boys of nineteen, and they look at their officer. No shot is fired. By dusk they have marched back, and every barracks in the city knows that the government sent cadets against the Soviet. # basis: invented

-
# time: 1917-10-11 09:00
# ambience: rain_river
By the morning of the 11th the telephone has rung a dozen times.

{kerensky_warrant_way == 1:What the barracks are repeating is not that the government sent for Trotsky, but that it sent for him at night, by the back door, like a thief; and that the man it came for was not there.|What the barracks are repeating is the picture of junkers drawn up at the Smolny gates in daylight, facing soldiers of the garrison over their rifles, and marching away.}

Regimental committees are meeting all over the city to pass resolutions in defence of the Soviet. The Mensheviks and SRs of the Executive, your last friends at Smolny, have protested in writing. The committee of revolutionary defence, voted on Monday in argument, will be built this week in anger, and nobody will vote against it now.

Maliantovich comes at ten, with the unserved warrant in a folder, and asks what the government means to do with it.

* [Withdraw it, and say so openly to the Executive #historicity: speculative K3]
    ~ kerensky_warrant_way = 3
    You tell him to withdraw it and to let the Executive know before noon. It is the lawyer's answer: a warrant that cannot be served is worse than none. By evening the Bolshevik papers are printing that the government has retreated before the garrison. # basis: invented
* [Keep it in force: the law does not bend to the barracks #historicity: speculative K3]
    You tell him the warrant stands and will be served when the district has the men to serve it. Maliantovich writes that down, as if for a later inquiry. The warrant stays in its folder, in force, unserved, and every regimental committee in the city votes to guard the chairman of the Soviet. # basis: invented

-
# time: 1917-10-11 23:50
That evening Trotsky speaks at the Modern Circus. You do not go, but the district sends an officer in plain clothes, and he comes back at midnight and reports standing, as if from a battle. The chairman of the Soviet read out the government's warrant, word for word as the evening papers had printed it{kerensky_warrant_way == 3:, and then the government's withdrawal of it,} and asked the soldiers in the ring and on the benches whether they meant to let him be taken. The answer, the officer says, went on for some time. # basis: invented

{kerensky_tone == 3:On Saturday you turned on the Bolshevik benches with words. This week you turned the state on their chairman, and found out that the state answers to the barracks.|On Saturday at the Mariinsky you still spoke to the whole hall, left benches included. That was four days and one warrant ago.}

# ambience: off
You sit in the tsar's library with the {kerensky_warrant_way == 3:withdrawn warrant in front of you, and find that taking it back has bought you nothing,|unserved warrant in front of you,} and for the first time you hear the city as an enemy. # telling: trotsky In this telling the government sent a warrant for Trotsky's arrest to Smolny on 10 October, and it was never served.

What historians argue: this ending is speculative; no such warrant was issued in early October, though Trotsky later wrote that you told Cossack officers you regretted not arresting him. Rabinowitch, in The Bolsheviks Come to Power, argues that the Bolsheviks won by looking like the Soviet's defenders. A warrant for its chairman in the second week of October hands them that part a fortnight early; where the government would have found the rifles to make it stick is our own question, and we find no answer. # basis: plausible
~ kerensky_ending = 3
-> kerensky_fates ->

Your October leaves the record here, on the eleventh, with a warrant nobody could serve. # ending: kerensky_warrant
-> END

=== kerensky_delayed ===
You turn from the window and tell Polkovnikov that the transfer will wait. The front will get its men when it can take them without a battle in the capital first. Until then the Staff is to name the units it truly needs and can use, and the district is to settle with the Soviet's soldiers' section which battalions go, and when. No battalion is to be ordered out over the heads of its committee.

Polkovnikov's face does not move, which tells you more than any expression could. Bagratuni writes it down. Neither man argues. They have both served governments that changed their minds before.

# sfx: telegraph
# time: 1917-10-08 18:00
# place: winter_palace
In the evening the apparatus carries your telegram to Pskov. The government, in view of the situation in the capital, postpones the movement of the Petrograd garrison and asks the front staff to submit its needs unit by unit. You write it yourself, and for once you leave out every word that does not do any work.

The answers begin before midnight. The Northern Front acknowledges, stiffly. An officer you have known since the spring telegraphs in his own name to ask whether the Supreme Commander has consulted the Soviet on the conduct of the war. By Monday morning the Kadet papers have the story. The Minister-President, they say, keeps a revolutionary garrison in the capital as his bodyguard against the right, while men who have been in the trenches for three years beg for relief. Some of this is unfair. Some of it is simply true. The Bolshevik paper says the opposite: the order has only been put away until the Soviet looks the other way, and it will be back.

# time: 1917-10-09 23:15
# ambience: interior_quiet
# sfx: telephone_ring
Monday, 9 October; the 22nd in the West. The telephone rings a little after eleven. It is the man from the Soviet's Executive who still takes your calls, an SR who has been at Smolny since the afternoon.

The Menshevik Broido, he says, proposed a committee of revolutionary defence, as planned. It was meant for defence against the Germans: a body of the Soviet to work with the district staff on the defence of the city. Trotsky spoke against trusting the staff with anything, and he spoke well. The postponement was a trick, he said, and the order would come back when the soldiers' guard was down. The committee must watch every order the district gives. Because the Bolsheviks have had the majority in the Soviet since September, the committee was voted. # basis: plausible

But the caller has sat through many such evenings, and he tells you what was different. The soldiers' delegates spoke about bread, about the winter and about peace. They did not speak about being marched away, because nobody was marching them anywhere. The hall cheered Trotsky as it always does. It did not rage. A committee was born tonight, he says, but nobody yet knows what it is for.

* [Invite the Soviet's soldiers' section to name delegates to the district staff's planning #historicity: plausible]
    ~ kerensky_invited = true
    ~ kerensky_left = kerensky_left + 1
    ~ kerensky_right = kerensky_right - 1
    You ask him to carry a message back: the district staff will receive delegates of the soldiers' section to go through the Staff's lists with it, unit by unit. Let the Soviet see the front's needs with its own eyes. The caller is silent for a moment. Then he says that the Bolsheviks will call it a trap and the Mensheviks will call it a victory, and that for once both will come. Polkovnikov, when you tell him in the morning, says only that he will need a larger room.
* [Keep the Soviet out: the postponement is the government's decision, not a bargain #historicity: plausible]
    ~ kerensky_right = kerensky_right + 1
    You tell him that the government has postponed a military measure for military reasons and will discuss it with no committee. The war is commanded from the Staff, not from Smolny. He says he understands. He also says, carefully, that Trotsky will spend the week telling the barracks that the order is in a drawer with the Moscow plan, and that you have just given him no reason to stop.

- -> kerensky_quiet

=== kerensky_quiet ===
# time: 1917-10-12 23:30
# place: winter_palace
# weather: rain
# ambience: rain_river
# sfx: door_knock
Thursday, 12 October; the 25th in the West. Late in the evening your adjutant knocks and brings in the report from Smolny.

Today, in closed session, the Soviet's Executive Committee approved the statute of its committee of revolutionary defence. It has a chairman, a room and a rubber stamp, and it has asked the district for the garrison's lists. {kerensky_invited:Its delegates are to sit with the district staff on Monday and go through those lists with Polkovnikov, and the Mensheviks are already claiming it as their committee.|It is holding meetings in the barracks, where Trotsky's people tell the soldiers that the order is only sleeping.} But the regimental committees are debating bread and winter boots, not marching orders. No battalion has been told to entrain. There is nothing yet for the garrison to defy.

Against that, the Staff is cold, the front has no fresh men, and the right has one more grievance to set beside Kornilov. And somewhere, in Finland or much nearer, Lenin is surely writing letters that say the moment is now.
-> kerensky_night

=== kerensky_night ===
It is nearly midnight. The palace has gone quiet around you, and the night is yours to spend.

* [{kerensky_transfer == 1:Wire Pskov that the transfer goes ahead regardless|Write to the Staff, explaining yourself at length}]
    {kerensky_transfer == 1:
        # sfx: telegraph
        You draft the telegram yourself and make it firm. The apparatus takes it into the night. An answer comes back within the hour, correct and empty: the Northern Front acknowledges, and awaits the units. You notice that it does not say when it expects them.
    - else:
        # sfx: typewriter
        You dictate four pages to the night typist about the political situation in the capital, the morale of the reserve battalions and the danger of a battle in the rear. It is the best thing you have written all week. You suspect that nobody at the Staff will read past the second page.
    }
* [Go up to your rooms and try to sleep]
    Your apartment is in the rooms above. You lie down in your tunic with the lamp still burning. {kerensky_transfer == 1:You do not sleep. You make speeches to the ceiling instead: to the Soviet, to the Staff, to the soldiers of the Izmailovsky battalion. Each one is excellent, and none of them will be given.|For the first time in a week you sleep for a few hours, and you dream of nothing at all.}
* [Walk down through the hospital wards]
    You go down the back stairs to the wards, where the wounded lie in rows under the painted ceilings. A sister recognises you and half rises. A soldier with both hands bandaged asks whether it is true that the Petrograd regiments are {kerensky_transfer == 1:coming to the front at last. You tell him that it is. He smiles, and you cannot tell whether he is pleased or amused.|staying put. You tell him that it is, for now. He turns his face to the wall, and you do not know whether it is in anger or relief.}

- {kerensky_transfer == 1:
    -> kerensky_end_mrc
  - else:
    -> kerensky_end_stays
  }

=== kerensky_end_mrc ===
{kerensky_tone == 1:You think of the speech at the Mariinsky on Saturday and of how the centre applauded it. Applause is not a battalion.}{kerensky_tone == 2:You think of the plain speech at the Mariinsky on Saturday. The right called it honest. The barracks called it a threat.}{kerensky_tone == 3:You think of how you turned on the Bolshevik benches on Saturday. The right cheered. The Bolsheviks walked out and took the argument to the barracks, where you cannot follow it.} {kerensky_right > kerensky_left:The officers approve of you this week, for the first time since August. You know what their approval is worth, and how quickly it will be withdrawn.|The moderates of the Soviet still speak to you, but they speak like men visiting a patient.}

What you cannot know tonight, history records. On the night of 10 October, in a flat on the Karpovka embankment, twelve members of the Bolshevik Central Committee voted ten to two that an armed uprising was inevitable. # basis: documented

# ambience: off
In the tsar's library the lamp burns on, and the Military Revolutionary Committee has existed for one day.
~ kerensky_fold_ch1(0)
-> kerensky_ch2

=== kerensky_end_stays ===
{kerensky_tone == 3:On Saturday you turned on the Bolshevik benches at the Mariinsky, and on Sunday you gave them less than they feared. The right has noticed the contradiction. So have you.|You think of Saturday at the Mariinsky, of Trotsky's voice over the shouting, and of how much of his case rested on one order that you have now put away.} {kerensky_invited:The moderates of the Soviet are speaking to you again as a colleague, and the officers have stopped speaking to you at all.|The officers still salute you, and the Soviet still suspects you, and you have pleased nobody but yourself.}

On the night of 10 October, in a flat on the Karpovka embankment, the Bolshevik Central Committee voted ten to two for an armed uprising, and it did not ask your leave. The soldiers still want peace and the queues are still long. What you have bought is time, and the loss of the Bolsheviks' best pretext. # basis: plausible

# ambience: off
In the tsar's library the lamp burns on, and tonight the garrison is still only the garrison.
~ kerensky_fold_ch1(1)
-> kerensky_ch2

// The Junker, chapters 7-8: The Road Home and The Telegram
// 25-29 October 1917 (Old Style) = 7-11 November (New Style).
// The cadet who took the train home alone (ch 2b/2c) faces the rising of the 29th from Staraya Russa (J4 or not).
// Where the history is silent (his family, the town), this is invented; the news reaching him follows bible 2.4-2.5.

// how he named himself on the train: 1 a student, 2 a junker who left
VAR junker_homeward = 0
// what he did with the telegram of the 28th: 1 went back, 2 burned it, 3 gave it to his father
VAR junker_recall = 0
// 1 if he wired Aunt Zina from Bologoye (so the city knows where he is)
VAR junker_wired = 0

=== junker_home ===
~ junker_fold()
# chapter: The Road Home
# time: 1917-10-25 13:30
# place: nikolaevsky_station
# ambience: railway
At half past one on Wednesday the 25th of October, the 7th of November in the West, the train for Bologoye leaves the Nikolaevsky Station with soldiers of the Military Revolutionary Committee on the platform, who look at the passengers and let them go. You sit by the window. The city goes by, the chimneys and the sidings, then the fields, then the birches. # basis: documented

The carriage is full of soldiers going home without papers, with their rifles and their kitbags and a sack of somebody's potatoes. Opposite you a corporal with a torn ear, from a regiment on the Northern Front, looks a long time at your greatcoat and then asks, pleasantly enough, what a young gentleman like you was doing in Petrograd this week. # basis: invented

* [Say you are a student going home to your family]
    ~ junker_homeward = 1
    "The university," you say. "They've shut it." It is true, nearly. The corporal nods as if he believed you and offers you a pinch of tobacco, and for the rest of the way you feel his eyes on the buttons of your coat. # basis: invented
* [Say you are a junker of the Peterhof school, and you left]
    ~ junker_homeward = 2
    ~ junker_up(junker_conscience)
    "Peterhof ensign school," you say. "I was at the Palace Bridge last night. This morning I took the train." The corporal considers this. "Then you've more sense than your officers," he says, "and less than me. I left in August." He gives you a pinch of tobacco, and the carriage, which had gone quiet, starts talking again. # basis: invented
-
# sfx: telegraph
At Bologoye you change for the branch line, and at every station the telegraph is chattering, and every station has a different rumour: the palace has fallen, the palace is holding, Kerensky is coming with the whole Northern Front. By Staraya Russa it is Thursday, and the telegraph has it plainly at last: the Winter Palace fell in the night, the ministers are in the fortress, and the Congress of Soviets has sent out an appeal, "To Workers, Soldiers and Peasants!", that all power passes to the soviets. What that power will do, nobody at the station knows yet; the decrees and the new government come later, in the Friday papers. # basis: documented

The telegraph window at Bologoye is open, and the clerk says wires to Petrograd are going through, slowly, to whoever is at the other end.

* [Wire Aunt Zina: ask after Kostya and Grisha]
    ~ junker_wired = 1
    You write it on the form in capitals: SAFE GOING HOME. KOSTYA GRISHA? MITYA. It costs you most of your money, and you give Aunt Zina's address on the 7th Line, and your own in Staraya Russa for the answer. # basis: invented
* [Send nothing: nobody in Petrograd needs to know where you are]
    You put the form back on the counter. The fewer people who know where a junker without his school has gone, the better, and you are not sure yet whether you are ashamed or only careful. # basis: invented
-
-> junker_home_door

=== junker_home_door ===
# time: 1917-10-26 16:00
# place: staraya_russa
# scene: map
# ambience: interior_quiet
Your mother opens the door on Thursday afternoon, the 26th, and does not ask anything at all. She takes your greatcoat and hangs it up and stands with her hand on it. Lida comes down the stairs two at a time and stops on the last one, suddenly shy of you. # basis: invented

The house is exactly as it was in August, which is the strangest thing in it: the same oilcloth on the kitchen table, the same crack in the stove tiles, the same calendar from the chemist's with September still showing because nobody has torn the page. From the window you can see the Polist, brown and slow, and the onion domes of the cathedral, and a cart going by with milk churns. Nobody in the street is carrying a rifle. You stand at the window a long while, until your mother calls you to wash. # basis: invented

Your father comes home from the gymnasium at five, with his exercise books under his arm, and shakes your hand like a man's, and holds it too long. At supper he waits until your mother has gone out for the samovar. "Were you sent home, Mitya?" he asks in his classroom voice, the one that expects a construe and not an excuse. "Or did you come?" # basis: invented

* [Tell him the truth: nobody sent you]
    ~ junker_up(junker_conscience)
    "I came," you say. "I was disarmed on the bridge, or near enough, and in the morning I took the train. Kostya and Grisha are still there." Your father looks at his plate. "Cicero left Rome too," he says at last, "and wrote a great deal afterwards to explain why." He does not say whether he thinks Cicero was right. # basis: invented
* [Say the school was dismissed]
    "They let us go," you say, and your father nods, and passes the salt, and you know from the way he does not look at you that he has heard a great many boys construe badly in his life. # basis: invented
-
Lida follows you up to your old room that night and sits on the end of the bed with her knees under her chin. "Did you see Lenin?" she asks. {junker_lenin: You tell her you might have, once, on a dark street, with a bandaged face, and she does not believe you, and you are not sure you do either.|You say no, and it is true.} # basis: invented
-> junker_home_school

=== junker_home_school ===
# chapter: The Telegram
# time: 1917-10-27 10:00
# place: staraya_russa
# weather: overcast
# paper: izvestia Decree on Peace
On Friday the 27th of October, the 9th of November in the West, the papers come down from the capital a day late, and the town reads the decree on peace and the decree on land aloud to itself on the steps of the post office. The peasants who bring milk in from the villages round the lake want the land decree read twice. Nobody in Staraya Russa has heard of most of the People's Commissars. # basis: documented

Your father takes you to the gymnasium with him, because he does not want you alone in the house. In the staff room the mathematics master says the Bolsheviks will last a fortnight; the priest who teaches scripture says a month; the young teacher of Russian, who reads Novaya Zhizn, says nothing and looks out of the window. In the top class, the boys of sixteen and seventeen know where you have been. Your father, who has never in his life let a lesson go, closes the Caesar and says: "Voronin has been in Petrograd. Ask him whatever you like." # basis: invented

* [Tell them what the palace was like: the firewood, the hunger, the women's company]
    You tell them plainly: the barricade of firewood, the hospital beds, the Cossacks' bread, the women soldiers, the cold and the waiting, the ministers nobody saw. You do not make it brave. When you stop, the boy nearest the stove asks whether you would go back, and you find you cannot answer him, and your father lets the silence stand. # basis: invented
    ~ junker_up(junker_conscience)
* [Tell them the government is not finished, and Kerensky is coming back with the front]
    You tell them that Kerensky has gone to bring the army, that the Cossacks are on the railway south of the city, that the Committee for Salvation meets in the Duma, and that it is not over. The boys sit up. Half of them would follow you to the station this minute. Your father opens the Caesar again, very quietly, and reads them a passage about the Gauls, who always expected help to come and never united to give it. # basis: invented
    ~ junker_up(junker_courage)
-
# sfx: door_knock
In the evening the town soviet meets in the assembly hall of the spa, and {junker_homeward == 2: the corporal with the torn ear is on its platform, speaking for the soldiers of the garrison. He sees you at the back, nods, and says nothing about you to anybody.|the corporal with the torn ear is on its platform, speaking for the soldiers of the garrison. He sees you at the back. "The student," he says to the man beside him, and looks at your buttons, and you leave before the vote.} # basis: invented

When you get home Lida has gone to bed, and on your pillow, where she has never in her life left it, is her diary, open at this week. She has written down every rumour the town has had since Tuesday, each one crossed out when the next came: the palace holding, the palace fallen, Kerensky taken, Kerensky at the head of an army, Mitya killed on a bridge. The last line, in this afternoon's ink, says: He came home and he will not tell anyone anything, and I think he is ashamed, and I do not know of what. # basis: invented

* (wrote) [Write an answer under her last line, and leave it on her pillow]
    ~ junker_up(junker_conscience)
    You sit a long time with her pencil. In the end you write: Of leaving them. And of not being sorry I did. Both. You put the diary on her pillow in the dark, and in the morning she does not mention it, and she brings you your tea herself. # basis: invented
* [Close it and put it back on her table unread past that line]
    You close it and put it on her table, square with the edge, so that she will know you saw it and did not read the rest. In the morning she looks at you once across the table and says nothing, and neither do you. # basis: invented
-
-> junker_home_telegram

=== junker_home_telegram ===
# time: 1917-10-28 18:00
# place: staraya_russa
# sfx: telegraph
On Saturday the 28th a boy from the post office brings a telegram to the door. It is signed with a name you do not know, from an address on the 7th Line that is Aunt Zina's, and it says: AUNT WORSE. FAMILY GATHERS SUNDAY EARLY. ALL THE COUSINS COMING. COME TONIGHT. {junker_wired: So your wire from Bologoye reached the 7th Line, and somebody there has read your address. |}You know Aunt Zina's way of writing, and you know this is not her message. It is Rybakov's, or somebody's like him.{junker_wired: Under it, in the same clerk's capitals, the only answer to your question: GERASIMOV LAPIN TAKEN PALACE PAROLED.} Your father reads it over your shoulder and understands it as quickly as you do. # basis: invented

The Friday papers and the station both say the same thing: Krasnov's Cossacks took Gatchina on Friday and are moving on Tsarskoe Selo; in the capital the factory sirens are calling out the Red Guards to dig. The night train by Dno goes up the Vitebsk line, through Tsarskoe Selo, to the capital. # basis: documented

{junker_conscience >= 2: "You told me the truth on Thursday," your father says, "so here is mine: I do not want you to go. But you have already chosen once, and I will not choose for you now."|"You have already chosen once," your father says. "I will not choose for you now."} He folds his spectacles. "Only, your mother should not have to read a second telegram." {junker_homeward == 1: Outside, at the corner, stands a soldier of the garrison who was not there yesterday. Perhaps it means nothing.} # basis: invented

* [Take the night train north, to the rising #historicity: plausible J4]
    ~ junker_recall = 1
    ~ junker_up(junker_courage)
    Your mother packs a loaf and says nothing. Lida walks you to the station in the dark and does not cry until the train moves, and then, you suspect, writes it all down. # basis: invented
    -> junker_home_north
* [Burn the telegram in the stove and stay]
    ~ junker_recall = 2
    You put it in the stove and watch the paper curl. Your father says nothing. Your mother, who has not read it, knows anyway. # basis: invented
    -> junker_home_sunday
* [Give the telegram to your father and let him keep it]
    ~ junker_recall = 3
    ~ junker_up(junker_conscience)
    "Keep it," you say. "So I know where it is." Your father folds it into his copy of Caesar, between two pages on the civil war, and you sit up together until the night train has gone. # basis: invented
    -> junker_home_sunday

=== junker_home_north ===
# time: 1917-10-29 06:00
# place: tsarskoe_selo
# ambience: railway
At six on Sunday morning, the 29th, the train stops at Tsarskoe Selo and goes no further. The platforms are full of Cossacks, bearded, tired, leaning on their horses, and an officer walking the carriages says the line to the capital is cut at the Pulkovo heights. In the city, he says, the junkers have risen this morning and taken the telephone exchange; General Krasnov will be in Petrograd by tonight. # basis: plausible

The rising you came for is thirty versts away on the other side of the Red Guards' trenches. The army that is supposed to save it is on this platform, and there is much less of it than anyone in Staraya Russa believed: a few hundred men, a few guns, and an infantry regiment nobody has seen. # basis: documented
-> junker_to_pulkovo(1)

=== junker_home_sunday ===
# time: 1917-10-29 20:00
# place: staraya_russa
# ambience: interior_quiet
On Sunday the 29th the telegraph at the station gives the news in pieces all day, and by evening the town has it: the junkers rose in the capital at dawn, took the telephone exchange and held the Engineers' Castle, and lost them both; the Vladimir school was shelled at point-blank range and stormed; more than two hundred dead and wounded. The same day the railwaymen's union, Vikzhel, threatens to stop every train in Russia unless the socialist parties make one government together. # basis: documented

You sit in the kitchen and count the names you know who might have been at the exchange. {junker_partner == 1: Kostya first.|Rybakov first, and then, for no good reason, Grisha.} {junker_recall == 3: Your father takes the telegram out of the Caesar, reads it once more, and puts it back.|There is nothing in the stove but ash.} # basis: invented

# sfx: door_knock
At nine there is a knock. It is the corporal with the torn ear and two soldiers of the garrison, polite and wet. The town soviet, he says, is making a list of officers and junkers in Staraya Russa, after what happened in the capital today: nobody is to be arrested, only counted. {junker_homeward == 2: "You told me yourself on the train," he says. "So I've come myself."|"The student," he says. "From the Peterhof school, I'm told."} # basis: plausible

* (counted) [Go down to the soviet with him and give your name]
    You put on your greatcoat without its shoulder boards and walk down to the spa with him through the rain. A clerk writes your name, your school and your address in a ledger, and the corporal walks you home again, and at the gate he says: "Now you're on paper, nobody needs to come looking." # basis: invented
* [Let your father tell them you are ill in bed]
    Your father goes down in his dressing gown and tells them, in his classroom voice, that his son is in bed with a fever. The corporal looks up at your lit window for a long moment, and goes away, and you know that he will be back. # basis: invented
-
-> junker_end_home

=== junker_home_late ===
# chapter: The Road Home
# time: 1917-11-05 12:00
# place: nikolaevsky_station
In the first week of November, on Sunday the 5th, the 18th in the West, when the trains are running again, you take the one for Bologoye. Aunt Zina gives you a loaf and a jar of jam and does not cry until the carriage moves. {junker_aside.looked: You sit with your back to the window, so as not to see the embankments.} Your mother opens the door at Staraya Russa and does not ask anything at all. # basis: invented
-> junker_end_home

=== junker_end_home ===
# scene: map
# music: funeral_march_quiet
{junker_recall == 0: You tell Lida about the bridges, and the sailors, and {junker_island: the ship that closed a bridge|the cruiser that everyone in Petrograd was talking about}, and not about the rest.}{junker_recall == 2: In the spring you go back to the university, which has reopened, and you never tell anyone about the telegram, and nobody ever asks.}{junker_recall == 3: Your father keeps the telegram in his Caesar until he dies, and Lida finds it there years later and knows at once what it was.} {junker_recall && junker_home_school.wrote: Lida kept her diary all her life, and the line in your pencil under hers is the only thing you ever wrote down about October.}{junker_recall && not junker_home_school.wrote: Lida kept her diary all her life, and she never showed you the rest of that week, and you never asked.} # basis: invented

What historians argue: nobody counted the defenders who went home; the record says only that through the afternoon and evening of the 25th they left the Winter Palace singly and by whole units, the Cossacks, most of the Mikhailovsky battery, part of the Oranienbaum school, and that by two in the morning a few hundred were left to ask the ministers what they commanded. That the soviets of small towns that autumn mostly counted and watched such men, rather than arresting them, is our own reasoning. # basis: plausible
~ junker_ending = 5
-> junker_fates ->
You went home. For the rest of your life you could not decide whether it had been sense or shame. # ending: junker_home
-> END

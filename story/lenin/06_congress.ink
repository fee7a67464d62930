// Lenin, chapter 6: the evening of 25 October 1917 (Old Style) to the dawn of the 26th. The Palace's slow fall seen
// from Smolny, the Congress at 22:40 under Dan, Martov's speech and motion, the Mensheviks' and SRs' case and their
// walkout (L4), Martov's second speech, the rubbish-bin words, his leaving, the arrest.
// Facts: bible sections 1 (rows 17-22), 2.3 (18:30 to 05:00), 3.3 (Martov, Dan), 6.1 (L4), 7 (#12, #19).
// Lenin never goes near the Palace and does not speak to the Congress on the 25th.

VAR lenin_martov = 0
// Martov at the Congress: 1 Lenin took his motion for words that cost nothing, 2 for meant, and the more dangerous
// for it; 3 Lenin watched him leave. Read at his leaving, in the Martov ending, on 1 November and in the fates
VAR lenin_heard = 0
// Lenin's answer to the Mensheviks' and SRs' case at the walkout: 1 the ministers can stop the shooting by
// surrendering, 2 a promise in the appeal to call the Constituent Assembly on time, 3 none. Read at dawn, in the
// Martov ending, by Kamenev on 1 November and in the historical ending
VAR lenin_leftsr = 0
// how often Lenin has turned towards the Left SRs (counted them at the walkout; let them answer for the land decree):
// read when the Council of People's Commissars is formed and on 1 November

=== lenin_congress ===
# chapter: The Congress of Soviets
# time: 1917-10-25 18:30
# place: smolny
# scene: smolny_corridor
# ambience: crowd_corridor
# weather: rain
Evening, Wednesday 25 October, Old Style; 7 November in the West. It has been dark for an hour. The Palace is still standing, dark red and almost invisible against the dark, and the Congress of Soviets is waiting in the white hall for a government to be handed it.
At half past six the ultimatum goes from the fortress, carried by cyclists and signed by Antonov-Ovseenko: surrender in twenty minutes, or the Aurora and the fortress will open fire. Twenty minutes pass. The ministers do not reply. The General Staff building falls soon after, and its last telegrapher, you are told, signed off to the front with the words that he was leaving work and getting out. # basis: documented
{lenin_resolve >= 3: You send a note to Podvoisky asking whether the ministers have been given twenty minutes or twenty years.|You send a note to Podvoisky. You try to keep it short, and fail.}
* [Ask what is happening inside the Palace]
    ~ lenin_noticed = 1
    The reports contradict each other, which is itself a report. The Cossacks are leaving, with their machine gun. The general the ministers appointed this morning to command the city has resigned and gone home. Some of the ensigns are negotiating their own way out. And the women of a volunteer battalion, kept in the city by a story about a parade, are still at the windows, with rifles. # basis: documented
* [Ask about the lantern]
    ~ lenin_noticed = 2
    There is to be a signal: a red lantern on the fortress flagstaff, then a blank from the Aurora, then the guns. The fortress has not found a red lantern. When it found one it could not make it show. The fortress gunners have declared themselves neutral, and sailors have been sent to man the guns. # basis: documented
    The revolution, it seems, is waiting on a lamp.
- -> lenin_congress_opens

=== lenin_congress_opens ===
# time: 1917-10-25 22:40
# scene: smolny_hall
At twenty to ten, far off across the city and hardly louder at Smolny than a door closing, the Aurora fires one blank round from her bow gun. It is the signal, an hour late. It storms nothing. In the Palace, they will tell you later, the ministers lay down on the floor. # basis: documented # sfx: aurora_blank
At twenty to eleven the Second All-Russian Congress of Soviets opens in the white-colonnaded hall, with a Menshevik in the chair: Fyodor Dan, of the outgoing Executive, whose party comrades are under fire in the Winter Palace. Six hundred and fifty delegates, perhaps; the Bolsheviks by far the largest group, with the Left SRs beside them. A new presidium is elected, Bolsheviks and Left SRs{lenin_expelled == 0:, and Kamenev takes the chair}. # basis: documented
{lenin_dan == 1: Last night Dan was at the Palace, offering Kerensky your programme so that you would have nothing left to rise for. Tonight he opens the Congress that will vote it through without him.|Last night Dan offered Kerensky the one thing that might have cost you a week. Kerensky refused him, and here he is, opening your Congress.}
You are not on the platform. You sit in a side room with the door ajar, and you do not speak; not tonight. Tonight is Trotsky's and Kamenev's. {lenin_expelled == 1: Kamenev, whom you had thrown out of the party, is not in the chair tonight; in history he was, and did it well.}
-> lenin_congress_martov

=== lenin_congress_martov ===
# time: 1917-10-25 22:55
Then Martov rises, thin and hoarse, the leader of the Menshevik-Internationalists, whom you have known since the nineties. He has almost no voice left, and the hall goes quiet to hear what there is of it. # basis: documented
There is shooting in the city while the Congress sits, he says, and the first question before it is not who shall govern but how to stop the shooting before it becomes a civil war. Let the Congress choose a delegation to talk with the other socialist parties and organisations, and let them make a government that the whole democracy will recognise, not one party's. Otherwise the Congress will wake tomorrow on top of a war it never voted for. # basis: plausible
The Left SRs support him. Lunacharsky, for your own party, says that the Bolsheviks have nothing against it. The motion passes; unanimously, in John Reed's account, though Lars Lih doubts that the hall ever truly voted for a coalition. # basis: documented
* [Tell the side room that "nothing against it" commits you to nothing]
    ~ lenin_martov = 1
    You say it to the men around you in the side room. Lunacharsky has promised to talk, and talking is cheap. The Mensheviks and SRs will never sit in a government that rests on this rising, and Martov knows it better than anyone. Let the motion stand. It will not outlive the night.
* [Tell them Martov means every word, and that is what makes him dangerous]
    ~ lenin_martov = 2
    You tell them not to smile. Martov is the one man in that hall who wants the peace you want and believes it can be had by agreement. He means it; the hall can feel that he means it, and half your own delegates would like to believe him. Agreement tonight would hand the rising back to the men who never wanted it.
- -> lenin_congress_case

=== lenin_congress_case ===
# time: 1917-10-25 23:00
# sfx: fortress_guns
About eleven, far off, the fortress guns begin: live now, aimed by eye across the river. Of thirty-odd rounds two will hit. # basis: documented
Then the other side speaks, and it has waited all day to say this. Kharash, from the front; Kuchin, for the army committees; Khinchuk, for the Mensheviks; and the SRs after them. They come to the rostrum one after another and say the same thing in different voices. # basis: documented
A military conspiracy, they say, organised behind the Congress's back, so that it meets to find the thing already done. While it sits, socialist ministers, their own comrades, are under fire in the Winter Palace. The peasants' soviets are not here; the army's committees at the front sent nobody to agree to this. The Constituent Assembly is to be elected in less than three weeks, and a party that could not wait three weeks has chosen civil war. They will have no part in it. # basis: plausible
{lenin_proclaim == 1: One of them holds up this morning's proclamation, torn from a wall: the government deposed, it says, at ten in the morning. At eleven at night the government is still in the Palace, and the guns are firing on it.}
It is the strongest case that will be made against you tonight, and you cannot answer it from the rostrum. You are not on the rostrum.
{lenin_noticed == 1: You know from the six o'clock reports how few are left in the Palace to be hurt: the Cossacks gone, the ensigns bargaining for the door. It does not make the speeches wrong.|You think of the fortress gunners hunting all evening for a red lamp, and of the two shells in thirty that will hit anything. It does not make the speeches wrong.}
~ lenin_noticed = 0
* [Write a line for Trotsky: the ministers can stop the shooting whenever they choose]
    ~ lenin_heard = 1
    You write it on your knee and send it up to the platform. The ministers have had their ultimatum since half past six; every shot tonight is fired because they will not surrender. Let the men who weep for them go and tell them so. Trotsky reads it, nods, and puts it in his pocket for later.
* [Write into your appeal to the country that the Soviet power will call the Constituent Assembly on time]
    ~ lenin_heard = 2
    You are drafting the Congress's appeal already, To Workers, Soldiers and Peasants!, and you answer them in it: the Soviet power will see the Constituent Assembly convened at the appointed time. Tonight it costs nothing. You write it in anyway, and underline it.
* [Send nothing: every man who leaves is a vote you need not count]
    ~ lenin_heard = 3
    You send nothing. A party that walks out of the Soviets' own Congress has resigned from the revolution, and there is no arguing with a resignation. The arithmetic in the hall improves with every speech.
- They are on their feet now, gathering papers and coats, Dan and Gots among them. Martov's motion lies on the table, passed and unused.
* [Let it pass, and wait for the Mensheviks and SRs to bury it themselves #historicity: historical]
    -> lenin_congress_walkout
* [Take Martov at his word: send for Dan and Gots, and negotiate a government of all the Soviet parties tonight #historicity: speculative L4]
    -> lenin_end_martov

=== lenin_congress_walkout ===
# time: 1917-10-25 23:30
You let it pass. They walk out: the right and centre Mensheviks, the SRs, the Bund, the delegates of the front committees, to go to the City Duma. Martov's compromise goes out of the door with them. # basis: documented
When they have gone, Martov rises again. He does not defend the men who left; he asks the Congress to condemn what has been done behind its back and to open talks at once for a government of all the socialist parties, before the shooting becomes a war. # basis: plausible
And Trotsky answers him, and those still urging compromise, with what will be remembered: "you are pitiful isolated individuals; you are bankrupts; your role is played out. Go where you belong from now on — into the rubbish-bin of history!" Martov's own group leaves after that. The scene the painters will make of it, Trotsky pointing Martov out of the door, is their invention; there are no minutes. # basis: quoted Trotsky, Congress, night of 25-26 Oct (Sukhanov's wording; disputed in detail)
{lenin_martov == 1: So Martov goes, as you said he would, having talked and found nobody left to talk to.|So Martov goes, meaning every word, as you said he did, and takes out of the hall the one argument you could not answer.}
The Left SRs stay. # basis: documented
* [Watch Martov go]
    ~ lenin_martov = 3
    Martov goes with his group, coughing, and at the door he half turns to the hall. You have known him since the nineties, since the Petersburg of the first circles and the first arrests. You do not go after him.
* [Count the Left SRs who stay]
    ~ lenin_leftsr += 1
    You count them from the doorway: the peasants' socialists, without whom the land is a slogan. You will need every one.
- -> lenin_congress_arrest

=== lenin_congress_arrest ===
# time: 1917-10-26 03:10
// from here on only "watched him go" (3) or not is read
{lenin_martov == 2:
    ~ lenin_martov = 1
}
# sfx: telephone_ring
A little after two in the morning, in a small dining room off the Malachite Room, Antonov-Ovseenko, pushed along by a crowd that has been seeping into the Palace for hours through unguarded doors, arrests the ministers in the name of the Military Revolutionary Committee. They surrender, they say, to avoid bloodshed. Kerensky is not among them. The Palace was not taken by storm but by seepage, and a handful died, mostly among the attackers; nobody will ever be sure how many. # map: winter_palace mrc # basis: documented
At ten past three {lenin_expelled == 0:Kamenev|the chair} announces the arrests to the Congress. # basis: documented
# time: 1917-10-26 05:00
Near five, Lunacharsky reads the appeal you drafted, To Workers, Soldiers and Peasants!: all power to the Soviets. The Congress adopts it. # basis: documented
{lenin_heard == 2: It carries the line you wrote in with the walkout's speeches in your ears: the Soviet power will see the Constituent Assembly convened at the appointed time.}
{lenin_heard == 1: Trotsky never uses your note. By three the ministers had surrendered, and it had answered itself.}
{lenin_heard == 1:
    ~ lenin_heard = 0
}
The delegates go out into a grey dawn and the rain, and you lie down on the floor of a room at Smolny with a coat over you, and for the first time in a week you sleep.
-> lenin_decrees

=== lenin_end_martov ===
# time: 1917-10-25 23:40
# scene: smolny_hall
You send for Dan and Gots before they can reach the door. Martov's motion has passed; you take it at its word. {lenin_martov == 1: An hour ago you told the side room it would not outlive the night. You have changed your mind, and you do not explain why.} Trotsky is furious. Kamenev is radiant. The delegates who had their coats on stand in the aisle not knowing whether to sit down; the reporters in the gallery stop writing and then write faster; somebody at the back starts to clap and stops, because nobody has told him which side he is on. # basis: invented
This is not what happened, and it is not in character: a speculative turn, not a plausible one. The real Lenin wanted no such coalition; the Bolsheviks who wanted it were Kamenev and Lunacharsky, and the man who proposed it was Martov. In history the motion was passed, or accepted in principle, and overtaken within the hour by the walkout. # basis: documented
Dan comes back, grey in the face, and puts his first condition before he sits down. His comrades are in the Palace. The talks begin when the guns stop.
* [Send to the fortress: hold fire while the talks go on]
    ~ lenin_noticed = 1
    You send Podvoisky the order. He reads it twice and obeys it, and the fortress falls silent across the river. In the dark Palace the ministers wait for a surrender that nobody comes to take.
* [Tell him the guns stop when the ministers surrender]
    ~ lenin_noticed = 2
    You tell Dan that the guns will stop the moment the ministers surrender, and not before. He sits down anyway, because he has already stood up once tonight to leave and found he could not.
- # time: 1917-10-26 04:00
The talks run until dawn, in a classroom on the second floor with a map of the Russian Empire on the wall and a blackboard nobody has wiped. Dan counts the seats; Gots counts the commissariats; Martov, coughing, counts the clauses that bind everyone to the Constituent Assembly, and reads each one aloud twice. Kamenev keeps the minutes himself, because he does not trust anyone else to make them sound like agreement. Trotsky comes in once, at three, hears the word portfolios and leaves again without sitting down. # basis: invented
You say very little. You find, to your own surprise, that it is possible to sit at a table with men you have called traitors in print for fourteen years and to trade with them, clause by clause, as if they were merely wrong. # basis: invented
{lenin_noticed == 1: At first light the ministers come out of the Palace, in the rain, and are sent home under escort. Nobody has died for the Palace tonight; the Mensheviks will not let the Congress forget that it was they who asked.|The Palace is taken in the small hours, as it was in history, and Dan sits on at the table with his comrades walking to the fortress. He does not forgive it.}
The government that comes out of the night is a coalition of the Soviet parties, Bolsheviks, Left SRs, Mensheviks and SRs, with Martov's small group beside them and the Bolsheviks by far the largest. In history the Mensheviks and SRs called your decrees a usurpation of the Assembly's rights; here they sit at the table and rewrite them. # basis: plausible
{lenin_resolve >= 2: You are in it, and you chafe in it already.|You are in it, and you begin, slowly and against your nature, to count votes you do not own.}
{lenin_heard == 2: The SRs' first demand is the line you wrote into your draft appeal at midnight: the Constituent Assembly called on the appointed day. You cannot refuse your own sentence.|The SRs' first demand is the Constituent Assembly, on the appointed day, with no Soviet conditions on it.}
Their second is the land. Your draft gives the landlords' estates to the peasants' committees now; Gots wants the committees to hold them in trust until the Assembly decides, which is the SRs' old formula and the one their ministers never carried out. # basis: plausible
* [Take Gots's words: held in trust until the Assembly]
    ~ lenin_cw_give = 1
    You take his words. The peasants will not read the difference between holding and owning until they try to sell, you tell Trotsky afterwards, and by then the Assembly will have had to say yes. Trotsky says that this is the kind of cleverness that loses revolutions. # basis: invented
* [Keep your own: the land passes now, and the Assembly may confirm it]
    You keep your own words and tell Gots that the villages have been taking the land since the summer without either of you; the decree only says so. He signs, grey, because his own peasants' mandates say the same. # basis: invented
- ~ lenin_cw_bloc = 3
~ lenin_cw_palace = 4 - lenin_noticed
~ lenin_heard = 0
~ lenin_resolve = 0
~ lenin_proclaim = 0
~ lenin_leftsr = 0
-> lenin_cw_decrees

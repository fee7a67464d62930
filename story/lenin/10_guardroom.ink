// Lenin, taken by the patrol on Shpalernaya (L2, Figes' "Harmless Drunk"): two chapters played from a guardroom and
// then from outside a government formed without him, in the world bible 6.1 calls plausible (the Committee's
// moderates and the coalition-minded Soviet majority steer to a multi-party socialist government and the
// Constituent Assembly). Facts used: bible 2.2-2.5 (the night of the 24th, Kerensky's departure, Krasnov, Vikzhel,
// 1 Nov "go to the sailors", the 12 Nov elections), 3.3, 6.1 L2 and L5. What Lenin does here is invented.

VAR lenin_gr_note = 0
// the message smuggled out of the guardroom: 1 to Trotsky, strike; 2 to the Committee, do not trade power for me;
// 3 none (a sentry may be the staff's man). Read at the trade, in chapter 2 and in both endings.
VAR lenin_gr_free = 0
// 1 released into the Congress's custody on its terms; 2 refused to be traded, freed when the staff gave up.
// Read through chapter 2 and the endings.

=== lenin_gr ===
~ lenin_route = 0
~ lenin_expelled = 0
~ lenin_resolve = 0
~ lenin_overreach = 0
~ lenin_trotsky = 0
~ lenin_asked = 0
~ lenin_warrant = 0
~ lenin_letter = 0
~ lenin_unity = 0
# chapter: The Guardroom
# time: 1917-10-25 06:00
# place: general_staff
# weather: rain
# ambience: interior_quiet
# map: general_staff government
# map: winter_palace government
# paper: den invented Lenin arrested in the night on Shpalernaya Street
Wednesday, 25 October 1917, Old Style; the seventh of November in the West. You have spent four hours on a bench in a room on the ground floor of the Military District staff, with a window on Palace Square and a sentry on the door. # basis: invented
{lenin_noticed == 1:The duty officer has your name in his ledger in his best hand, and by now so has every telephone in the building that still works.|The duty officer has written "unknown, claims a toothache" in his ledger; at five a captain who heard you speak from Kshesinskaya's balcony in July came down, looked at you for ten seconds, and crossed it out.} # basis: invented
~ lenin_noticed = 0
Rahja got away in the dark, knocked down and up again, and will have reached Smolny by now. You think about what he will find there. A committee that has spent a week saying it is only defending the Soviet; Trotsky, who is the best speaker in Russia and believes the garrison is already his, which it is; Kamenev, who has been waiting ten days for exactly this; and nobody to tell them that a government which arrests the one man it most wanted has given them the best reason they will ever have, provided they use it tonight. # basis: plausible
At seven the sentry is changed. The new one is a soldier of the guard company, not a junker, with a Vyborg Side accent and a cigarette he cannot light. He looks at you for a long time. Then he says, very low, that his brother is in the Red Guard on the Vyborg Side, and that he goes off duty at noon. # basis: invented
* [Write to Trotsky: the arrest is the signal; take the city tonight and forget me #historicity: plausible L2]
    ~ lenin_gr_note = 1
    You write on a cigarette paper with a stub of pencil he gives you: your arrest is the government's blow; answer it with the offensive, tonight, before the Congress; the telegraph, the stations, the bridges, the Palace; do not bargain for me. You fold it small. He puts it in his cap. # telling: rahja In this telling Rahja escaped the patrol that took Lenin and carried the news to Smolny.
* [Write to the Central Committee: keep the party together, and do not trade power for my release #historicity: plausible L2]
    ~ lenin_gr_note = 2
    You write to the Committee, not to Trotsky: the party is not to split over your arrest, and it is not to buy your release with a single seat in any government. They will want to do both. Let them at least know that you know it. He puts the paper in his boot.
* [Write nothing: a friendly sentry on the morning after an arrest is the oldest trick of the Okhrana]
    ~ lenin_gr_note = 3
    You thank him and write nothing. You have been in the hands of the Okhrana before, and you know what a friendly sentry is for on the morning after an arrest. He shrugs, and you will never know which of you was right.
- -> lenin_gr_morning

=== lenin_gr_morning ===
# time: 1917-10-25 11:00
# sfx: motor_car
At eleven, under the window, a motor car leaves the square, with another behind it. The sentry says it is Kerensky going to the front to fetch troops, as he did in the history that happened; he has a prisoner who would be worth a regiment to him in a court, and no regiment in the capital to hold the court with. # basis: plausible
The square fills and empties under the window all morning. Junkers drill by the Alexander Column; a lorry of sailors crosses the far side without stopping; a tram goes by with its windows full of faces looking at the staff building, as if the news of who is inside had been printed on its walls. It has not; the papers are saying nothing definite yet. At ten the guard brings you tea and bread, and the officer on duty, a lieutenant with a bandaged hand, asks you civilly whether you need a doctor for the tooth. You tell him it has never been better. # basis: invented
An investigator of the July case comes in at noon with a file as thick as a missal: the German money, the sealed train, the July Days. He is a careful man, polite and tired. He asks whether you wish to make a statement. # basis: invented
* [Answer him point by point, for the record he will have to keep]
    ~ lenin_asked = 1
    You answer him for an hour: the sealed train, agreed with the Swiss socialists and published at the time; the party's money, its members' kopecks; the July Days, begun by the regiments and joined by the party too late to stop them. He writes it all down. At the end he says, not unkindly, that he expects the record to outlive the case. # basis: plausible
* [Say nothing but this: charge me before a court, in public, or let me go]
    You tell him that you will answer before a court, in public, with the evidence on the table, and nowhere else. He closes the file. He says that there may not be a court, or a government to hold it, by the end of the week. You notice that he says it as a relief.
- -> lenin_gr_evening

=== lenin_gr_evening ===
# time: 1917-10-25 22:40
# ambience: street_night
The evening comes in news, brought by the sentries, who are changed every two hours and talk to each other in the corridor. # basis: invented
{
- lenin_gr_note == 1:
    Your paper reached Smolny. Trotsky read it to the Military Revolutionary Committee, the sentry says, and the committee voted to print it, and did not act on it: Kamenev argued that an offensive now would make the Congress's first business a civil war and your arrest its pretext. Trotsky, who wanted to move, was outvoted by men who did not. # basis: invented
- lenin_gr_note == 2:
    Your paper reached the Central Committee. Sverdlov read it aloud; Kamenev asked that it be minuted, and then that the Committee do precisely what it forbade, if the price of your life should come to that. Nobody moved that evening except to talk. # basis: invented
- else:
    No paper of yours went anywhere. The sentries say that Smolny has held a long meeting and taken nothing, and that the Military Revolutionary Committee is still defending. # basis: invented
}
Whatever was decided at Smolny, it was decided without you. # basis: invented # telling: trotsky In this telling Trotsky kept to the defence the night Lenin was taken, and the Congress, not the Military Revolutionary Committee, made the government.
The Congress of Soviets opens at twenty to eleven under Dan, as it did in the history that happened. Its first act is to demand your release. Its second is the one it might have taken in any case: it declares that power has passed to the Soviets, and it adopts Martov's motion for a government of all the socialist parties, Bolsheviks, Left SRs, Mensheviks and SRs, because nobody has fired on anybody and nobody has a reason to walk out. # basis: plausible
After midnight the door opens and Kamenev comes in with Dan, wet through, with a pass signed by Kishkin. The ministers in the Palace, they say, will leave it tomorrow under the Congress's guard, unharmed, and you will leave this room under the same guard tonight, into the Congress's keeping, if you will give your word to sit in no government and to make no call to arms against the one the Congress forms. {lenin_gr_note == 2:Kamenev does not mention your letter, and neither do you.}
* [Give your word, and walk out into the Congress's keeping #historicity: plausible L2]
    ~ lenin_gr_free = 1
    You give it. A word given to Kishkin is not a thing you will lose sleep over; a word given before Dan and Kamenev is something else, and you know it as you say it. You walk out through the arch onto the square at two in the morning, under a Congress guard of Left SR sailors, and the rain has stopped. # telling: general_staff In this telling Lenin was held overnight in the Military District staff and walked out of it under a Congress guard.
* [Refuse to be traded: the Congress will have to come and take you]
    ~ lenin_gr_free = 2
    You refuse. You will not be exchanged for six ministers like a captured colonel, you tell Kamenev, and you will give no word to anyone who holds a gun to your head and calls it a pass. Dan looks at you with something like respect. Kamenev looks at you as he did on the Karpovka. They go.
- -> lenin_gr_ch2

=== lenin_gr_ch2 ===
# chapter: The Government Without You
# time: 1917-10-27 10:00
# place: smolny
# scene: smolny_corridor
# weather: rain
# ambience: crowd_corridor
# map: general_staff mrc
# map: winter_palace mrc
# map: palace_square mrc
# paper: novaya_zhizn invented A government of all the socialists is formed; Lenin is free, and outside it
Friday, 27 October 1917, Old Style; the ninth of November in the West. {lenin_gr_free == 1:You have been free for a day and a night, and in Smolny people look at you the way they look at a man back from the dead who has come to ask for his job.|The staff gave you up on the afternoon of the 26th, when the sailors came for the ministers and found the sentries gone home; nobody had to take you, in the end. You walked out through an empty building.} # basis: invented
The Congress's government sits in the rooms that, in the history you know, the Council of People's Commissars had. Kamenev chairs it. Bolsheviks hold the largest share of its seats, with the Left SRs, the Mensheviks and the SRs beside them and Martov's small group on the edge; the commissariat of railways has gone to a man Vikzhel approves. You are not in it: that was the other parties' one condition, and the Committee gave it without a vote. # basis: plausible # telling: kamenev In this telling Kamenev chaired the government of all the socialist parties that the Congress formed while Lenin was a prisoner.
~ lenin_martov = 1
Sverdlov, who has kept the party's lists through all of it, brings you what is left for you: a seat on the Congress's new Executive, or the party's paper, not both; the other parties have asked for that too.
* [Take the seat on the Executive, and argue from inside]
    ~ lenin_noticed = 1
    You take the seat. An Executive that meets every day is a place where a man who can count votes can make a government's life short or long; you intend to decide which.
* [Take the paper, and write]
    ~ lenin_noticed = 2
    You take the paper. From the editorial room of Rabochii Put' you can reach every factory in Petrograd by morning, and nobody has to give you the floor. # telling: rabochii_put In this telling Rabochii Put' was Lenin's platform against a coalition government his own party sat in.
- -> lenin_gr_krasnov

=== lenin_gr_krasnov ===
# time: 1917-10-28 18:00
# ambience: crowd_corridor
# sfx: telephone_ring
The telephone rings all evening with Gatchina. Krasnov's Cossacks took it yesterday, with Kerensky among them, as they did in the history that happened; tonight they are at Tsarskoe Selo. They are a few hundred horsemen and an infantry regiment, but the telegrams make them an army. # basis: documented
Rahja comes up the stairs of the paper's building at six with the Vyborg news: the Red Guards are going out to the trenches at Pulkovo with the Council's order in one pocket and your old articles in the other, and some of them have written your name on the order in pencil, over the commissar's. # basis: invented
In this telling Kerensky marches on a government with his own party's men in it, and the SR commissars are ashamed of him, and the Cossacks are confused about whom they are saving. The Council sends a delegation to them. Trotsky, without a post, is raising the Red Guards at the factories because nobody has told him not to. # basis: plausible
* [Go to the Putilov works and speak for the defence yourself]
    ~ lenin_gr_free += 2
    You go to the Putilov works and speak from a lathe bench, your first speech in public since July, for the defence of a government you are not in. The workers cheer the speaker, not the government, and you notice the difference, and so does the Council when it reads the papers. # telling: lenin In this telling Lenin, released from the Military District staff, spoke for the defence of a coalition he had been kept out of.
* [Stay in the paper's office: let the coalition defend itself]
    You stay at the paper. Let the coalition show the factories whether it can defend them; you will write about what they saw afterwards. It is the coldest decision you have made all year, and you make it in a minute.
- -> lenin_gr_moscow

=== lenin_gr_moscow ===
# time: 1917-10-30 21:00
# ambience: interior_quiet
Moscow has been fighting since the twenty-fifth, as it did in the history that happened: the Duma's Committee of Public Safety under Mayor Rudnev and Colonel Ryabtsev against the Moscow Soviet's Military Revolutionary Committee, junkers in the Kremlin, guns in the streets. On the twenty-eighth the junkers shot down soldiers of the 56th Regiment who had surrendered at the Arsenal. # basis: documented
In this telling the coalition in Petrograd has sent a truce commission south, of all its parties, and the Moscow Bolsheviks, who have lost men at the Arsenal, have sent a courier to the one Bolshevik they trust not to be in the coalition: you. He finds you at {lenin_noticed == 1:the Executive's table|the paper's proof-desk} at nine at night, with mud to the knees and a question. Do they accept the truce, or fight on until the Kremlin is theirs? # basis: invented
* [Tell them to fight on: a truce with men who shoot prisoners is a truce for them]
    ~ lenin_gr_note += 3
    You tell him to fight on, and write it down so that he cannot be accused of inventing it. The Kremlin falls to the Moscow Soviet's men in the night of the second, as it did in history, and the truce commission arrives to find nothing left to arbitrate. Kamenev, in the Council, asks who sent the courier home with orders. Everyone knows. # basis: invented
* [Tell them to take the truce, and the coalition's commissars with it]
    You tell him to take the truce. It is the first order you have given since the twenty-fourth that the government of the day would have given too, and it tastes of nothing. The junkers walk out of the Kremlin with their lives; you do not doubt that some of them will be heard of again on the Don, where General Alekseev is going this month. # basis: invented # telling: alekseev In this telling, as in history, Alekseev went to the Don that November, and the junkers freed in Moscow by a socialist truce went to find him.
- -> lenin_gr_pulkovo

=== lenin_gr_pulkovo ===
# time: 1917-10-31 12:00
The Cossacks fall back from the Pulkovo heights after a few hours' fighting on the thirtieth, as they did in the history that happened, before far larger numbers of Red Guards, sailors and soldiers. On the first of November Kerensky escapes from Gatchina in disguise. # basis: documented
Then the coalition's commissar of justice, an SR, sends you a letter of two sentences. The July charges against you are withdrawn. The government would be grateful if you did not ask why. # basis: invented
{lenin_asked == 1:Your statement to the investigator on the 25th is pinned to it, with a note in the investigator's hand: it has outlived the case, as he said it would.}
~ lenin_asked = 0
{lenin_gr_note % 3 == 1:He has also been sent, by some helpful clerk, the cigarette paper you wrote on the morning of the 25th. It is in the file now, under "calls to insurrection", and he adds that he has not read it.}
* [Demand a public inquiry instead: you want to be cleared, not pardoned]
    You write back that you do not accept the withdrawal of a charge that was never proved, and that you demand a public inquiry into the July case, its witnesses and its forgeries. The inquiry is granted, and begins, and will not finish in your lifetime, or the coalition's. # basis: invented
* [Accept it, and say nothing]
    ~ lenin_noticed += 2
    You fold the letter into your pocket and say nothing. A man who means to go on fighting does not need to be innocent, only free.
- -> lenin_gr_sailors

=== lenin_gr_sailors ===
# time: 1917-11-01 22:00
# place: smolny
The first of November. In the history that happened, on this day, you told the Central Committee that Kamenev's policy must be checked at once and threatened to go to the sailors. Here Kamenev's policy is the government, and the sailors have come to you: a delegation from Kronstadt, with a resolution of their Soviet in their pockets and a question. # basis: documented
The resolution, as it happened in history too, is for a government of all the socialist parties. The question is theirs: whether that is still what you want them to want. # basis: plausible
{lenin_gr_free >= 3:They heard you at the Putilov works, they say; they would come out if you asked them.|They have read you in the paper, they say; they are not sure what you would ask them.}
{lenin_noticed == 1 || lenin_noticed == 3:You have sat on the Executive for five days and lost every vote you cared about.|You have written every day for five days and been read by everyone and obeyed by nobody.}
* [Tell them to come out: the coalition is the Assembly's waiting room, and the Soviets will not survive the wait #historicity: speculative]
    -> lenin_gr_end_sailors
* [Tell them to keep their resolution, and to keep their rifles clean #historicity: plausible L2]
    -> lenin_gr_end_coalition

=== lenin_gr_end_coalition ===
# time: 1917-11-12 10:00
# ambience: interior_quiet
You tell them to keep their resolution, and their rifles clean; that the Soviets have a government, and that the next fight is for the Assembly's majority, not against it. They go back to Kronstadt puzzled. Rahja says he has never seen you send sailors home before. # basis: invented
On the twelfth of November the elections to the Constituent Assembly begin, as in history, and your party wins about a quarter of the vote: the capitals, the garrison and the fleet. Here it is a quarter of a coalition that the peasants' own SRs lead in the villages, and it makes you the leader of the strongest minority in Russia, with a prison record and no post. {lenin_gr_free == 1 || lenin_gr_free == 3:You gave your word in the guardroom and you have kept it, so far; nobody in the Council quite believes it.|You gave no word to anyone, and the Council watches you as it watches the weather.} # basis: plausible
{lenin_noticed >= 3:The July charges are gone, withdrawn without a word from you, and the Kadet papers say the Soviet parties have pardoned their own.|The inquiry into the July case sits twice a week in a room at the Ministry of Justice, and the Kadet papers report every word of it, and none of it is the German money.}
{lenin_gr_note >= 4:The Moscow Bolsheviks you told to fight on have sent you a Kremlin cartridge case as a paperweight; the Council has sent you nothing.}
{lenin_gr_note % 3 == 2:The letter you wrote from the bench, forbidding the Committee to trade power for your freedom, is framed, Sverdlov tells you, in the Vyborg district committee's room. Nobody there thinks it was obeyed.}
What historians argue: Orlando Figes, writing in Tony Brenton's Was Revolution Inevitable? as "The Harmless Drunk", asks what happens if the patrol on Shpalernaya looks twice; in A People's Tragedy he calls Lenin's intervention decisive. Sidney Hook, in The Hero in History (1943), argued that without Lenin there would have been no October. Alexander Rabinowitch, in The Bolsheviks Come to Power, answers that the garrison had already changed sides, which is why this road still ends in Soviet power: only a different, shared one. # basis: documented
~ lenin_ending = 7
-> lenin_fates ->
This is an ending of the plausible kind: taken on Shpalernaya, you came out to find a government of all the socialist parties, and stayed outside it. # ending: lenin_harmless_drunk
-> END

=== lenin_gr_end_sailors ===
# time: 1917-11-03 06:00
# place: kronstadt
# ambience: rain_river
# music: funeral_march_quiet
You tell them to come out. They come, two thousand of them on the minelayers, as they came in July, and in this telling it is July again: the regiments of the garrison, which have a government of their own Soviet now, will not march with them; the Red Guards of the Vyborg Side split; Kamenev's government, with Trotsky in the Executive arguing against you, sends the Left SR sailors of the Congress guard to the bridges. Nobody fires for long. By morning the minelayers are going home. # basis: invented
{lenin_gr_note >= 4:The Moscow Bolsheviks, who fought on because you told them to, do not come out for you a second time.}
{lenin_gr_free == 1 || lenin_gr_free == 3:You gave your word in the guardroom not to raise arms against the Congress's government. Dan reads it aloud in the Executive, from his notes of that night.|You gave no word in the guardroom, and it is the only thing anyone can say for you.} {lenin_noticed >= 3:The July charges, withdrawn so quietly, are not revived; a new warrant is written, by socialists.|The inquiry into the July case adjourns for good; a new warrant is written, by socialists.} You go back into hiding on the Vyborg Side, and Fofanova, without a word, makes up the bed. # basis: invented
What historians argue: Lenin threatened on 1 November to go to the sailors (the Central Committee's minutes, as Medhurst reads them), and the Kronstadt Soviet itself was for a government of all the socialists. Rabinowitch, in The Bolsheviks Come to Power, shows a party that won by answering the mood of its ranks; on that reading a call against a Soviet government the ranks wanted would be answered as this one is. Figes, in A People's Tragedy, would reply that Lenin's will had turned the party before; here, without October behind him, it does not. # basis: documented
~ lenin_ending = 8
-> lenin_fates ->
This is a speculative ending: taken on Shpalernaya and freed into a coalition, you called the sailors out against it, and they went home. # ending: lenin_drunk_sailors
-> END

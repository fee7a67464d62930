// Lenin, the rising that waits for the Congress (L1: stayed at Fofanova's on the 24th; L3: Zinoviev's motion carried
// on the 16th; or the appeal over the Committee's head that came back to the Congress). Two chapters in the world
// bible 6.1 calls plausible: the Congress, not the MRC's offensive, transfers power; the Palace left to wither or
// taken a day later; a government with the Left SRs, or of all the Soviet parties (Martov's motion, L4 in spirit).
// Facts used: bible 2.3-2.5 (the Congress, Krasnov, the Committee for Salvation, Vikzhel, the elections of 12 Nov),
// 3.3 (Martov, Dan, Kamkov, Vikzhel), 6 (the historians' frame). Everything Lenin does here is invented or plausible.

VAR lenin_cw_bloc = 0
// 1 the Congress's government is Bolsheviks and Left SRs; 2 it is all the Soviet parties (Martov's motion, meant).
// Read through both chapters, by the paper, the endings and the fates.
VAR lenin_cw_palace = 0
// 1 the Winter Palace left to wither; 2 taken on the 26th with the Congress's mandate. Read in chapter 2.
VAR lenin_cw_give = 0
// how many times Lenin gave ground to his partners (0..4); read at the last decision and in the endings.

=== lenin_end_congress ===
~ lenin_unity = 0
~ lenin_noticed = 0
# chapter: All Power to the Congress
# time: 1917-10-25 20:00
# place: fofanova_flat
# paper: rabochii_put invented All power to the Congress of Soviets: the Soviet is defended, the Congress will decide
# weather: rain
# ambience: interior_quiet
# map: winter_palace government
# map: telegraph mrc
# map: telephone_exchange mrc
# map: nikolaevsky_station mrc
# map: peter_paul mrc
Wednesday, 25 October 1917, Old Style; the seventh of November in the West. {lenin_route == 1: Nine days ago the Committee voted to wait for the Congress of Soviets, and you let the vote stand.}{lenin_route == 2: Last night you stayed in Fofanova's kitchen, as the Committee asked.}{lenin_route == 3: You went over the Committee's head, and the ranks did not come out without it; this afternoon you told Sverdlov you would come back to the Congress as the party's.} Tonight the Congress opens, and you are still on the Vyborg Side with a wig on the table. # basis: invented
{lenin_expelled == 1: Zinoviev and Kamenev, whom you forced out of the party last week, will be readmitted by the fraction tonight without anyone asking you; a Congress that is to take power needs every speaker it has.}
~ lenin_route = 0
~ lenin_expelled = 0
~ lenin_resolve = 0
~ lenin_overreach = 0
~ lenin_trotsky = 0
~ lenin_asked = 0
~ lenin_warrant = 0
~ lenin_letter = 0
~ lenin_leftsr = 0
~ lenin_heard = 0
~ lenin_rail = 0
~ lenin_proclaim = 0
Rahja comes in at eight, wet to the knees, with the day in his pockets. The Military Revolutionary Committee has done everything it does in the Soviet's defence and nothing more. Its commissars sit in the regiments; its sailors guard the telegraph and the telephone exchange, because the government tried to cut Smolny's lines; the stations are watched. Nobody has gone near the Winter Palace. The ministers are still in it, with their junkers and their women's company, telephoning a city that has stopped answering. # basis: plausible
Kerensky has gone. He left by motor car in the morning for the front, to fetch troops; that much is as it was in the history that happened. # basis: documented
The Congress will open late, Rahja says; the parties are still counting their delegates. Some six hundred and fifty delegates have come. The Bolsheviks have the largest group: by their own count a majority of the hall, by their enemies' a little short of one; with the Left SRs, a majority beyond argument. # basis: documented
* [Go to Smolny tonight, openly, without the wig]
    ~ lenin_noticed = 1
    You put the wig in Fofanova's drawer. If the Congress is to take power tonight, you will be in the room when it does, under your own name and your own bald head, and any junker who wants the July warrant served can come to Smolny and try. Rahja finds a tram that is still running. # sfx: tram_bell
* [Stay one more night, and send the fraction a letter]
    ~ lenin_noticed = 2
    You stay, because a Congress that takes power with Lenin at its shoulder is a Congress Kerensky can call a coup, and a Congress that takes it without him is not. You write to the Bolshevik fraction instead: what it must vote, in what order, and what it must not give away. Fofanova takes the letter in her handbag. # sfx: typewriter
- -> lenin_cw_hall

=== lenin_cw_hall ===
# time: 1917-10-25 22:40
# place: smolny
# scene: smolny_hall
# ambience: crowd_corridor
The hall of the Smolny Institute, white columns, chandeliers, tobacco smoke, rifles stacked along the walls. Dan opens the Congress at twenty to eleven for the old Executive, and the old Executive steps down. Nobody has heard a gun all day. There is nothing to walk out over. # basis: plausible
{lenin_noticed == 1: You sit in the side room with Trotsky, and the delegates who find out you are there come to look at you through the door, as if at a comet.|Your letter is read in the fraction's room at ten. Trotsky, Rahja says afterwards, read it twice and put it in his pocket.}
Martov asks for the floor before anything else. His voice is almost gone, and the hall leans forward to hear it. He proposes what he would have proposed in any world: that the Congress form a government of all the parties in the Soviets, so that power passes without a war among socialists. In the history that happened the Bolsheviks voted for his motion and then let it die when the Mensheviks and SRs walked out over the Palace. Here nobody walks out. The motion is on the table, and it will be voted on. # basis: plausible
~ lenin_martov = 1
Trotsky {lenin_noticed == 1:turns to you|sends a runner to Fofanova's with a note}: with the Left SRs, the Bolsheviks can pass it or bury it. Kamenev, presiding for the fraction, wants it passed. Kamkov, for the Left SRs, says his people will not sit in a government from which the other socialists are shut out, not on the first night. # basis: invented
* [Vote for Martov's motion, and write your terms into it #historicity: plausible L4]
    ~ lenin_cw_bloc = 2
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You tell the fraction to vote for it, and to write into it, before the vote, the three things no partner may take out: an immediate offer of peace to all the warring peoples, the land to the peasants' committees, power to the Soviets in the provinces. If Dan and Gots will swallow those, let them sit down. If they will not, let them say so in front of the soldiers. # telling: martov In this telling Martov's motion passed and was meant: a government of all the Soviet parties, Bolsheviks the strongest of them.
* [Bury it with the Left SRs, and give them the land instead #historicity: plausible L1]
    ~ lenin_cw_bloc = 1
    You tell the fraction to vote it down and to offer Kamkov what his party wants more than Martov's good conscience: the land, on the Left SRs' own mandates, and seats at the table. A government of the Soviet majority, not of every man who ever stood for the Executive. Kamkov takes a night to decide; the Left SRs have never yet been offered anything by anyone. # telling: left_srs In this telling the Left SRs joined the Congress's government on its first night, for the land.
- -> lenin_cw_vote

=== lenin_cw_vote ===
# time: 1917-10-26 03:00
{lenin_cw_bloc >= 2: The motion carries by a great majority, hands going up all over the hall, Mensheviks and SRs among them, some with faces like men at a funeral who have been told at the door that it is a wedding. Dan, Gots and Martov go into a room with Kamenev and Trotsky to talk about names.|The motion falls. The Mensheviks and Right SRs do not walk out, as they did in the history that happened; they stay in their seats and declare themselves the opposition, which is worse for them and better for the record. The Left SRs abstain, and then, at three, come over.} # basis: invented
Then, at three in the morning, the Congress votes the resolution on power. The old government is deposed; power in the capital and the country passes to the Soviets. It is a vote, taken by some six hundred and fifty delegates, and every clause of it is the Congress's own. Nobody in this hall can call it a coup, and the reporters in the gallery know it. # basis: plausible
{lenin_noticed == 2:You come to Smolny at last at four, when the vote is taken and your face can no longer spoil it.}
Podvoisky and Antonov-Ovseenko find you at dawn. The Winter Palace is still held: some hundreds of junkers, the women's company, a few Cossacks who are already drifting off. The ministers sit in it waiting for Kerensky's troops. Antonov wants to know, tersely, whether the Congress's government wants it taken, and when. # basis: plausible
* [Leave it to wither: cut the lines, stop the bread, let them walk out]
    ~ lenin_cw_palace = 1
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You tell him to take nothing by storm. Cut the telephones it still has; stop its bread at the kitchens; put pickets on every door with orders to let anyone out and nobody in. A government that has to ask the Soviet's sentries for its dinner is not a government. Antonov thinks it is too clever by half, and says so. # telling: winter_palace In this telling the Winter Palace was never stormed: cut off and picketed, it emptied a day at a time.
* [Take it on the 26th, with the Congress's mandate in Antonov's hand]
    ~ lenin_cw_palace = 2
    ~ lenin_dan = 1
    You tell him to take it today, in daylight, with an order signed by the Congress's presidium and read aloud at every door before a shot is fired. Not a conspiracy's night assault: a Soviet's arrest of men who have been deposed by vote. Antonov almost smiles. # telling: winter_palace In this telling the Winter Palace was taken in daylight on the 26th, on an order of the Congress read at its doors.
- -> lenin_cw_palace_day

=== lenin_cw_palace_day ===
# time: 1917-10-26 14:00
# place: winter_palace
# scene: map
# ambience: rain_river
{lenin_cw_palace == 2:
    # map: winter_palace mrc
    # map: palace_square mrc
    Antonov goes in at two in the afternoon, after the order has been read at the Jordan entrance and the Saltykov door, and the junkers, who have had a night and a morning to read the Congress's resolution in the sailors' leaflets, come out with their rifles reversed. The ministers are arrested in the small dining room, as they were, in the history that happened, in the small hours of the same day. Nobody is killed. Some of the cellars are looted all the same; you hear about the wine for a fortnight. # basis: invented
- else:
    # map: palace_square contested
    The Palace does not fall; it thins. The half company of the women's battalion that stayed behind goes back to its camp at Levashovo on the afternoon of the 26th. The Cossacks have gone already. By evening the junkers on the gates are boys who ask the sailors' pickets for cigarettes, and the ministers telephone to numbers that no longer ring. Kishkin sends out a message that the government will hand over to nobody but the Constituent Assembly. The pickets pass it on, and it is printed in the Congress's paper as a curiosity. # basis: invented
}
-> lenin_cw_decrees

=== lenin_cw_decrees ===
# time: 1917-10-26 21:00
# place: smolny
# scene: smolny_hall
At the evening session you read the Decree on Peace: a just, democratic peace without annexations or indemnities, offered at once to all the warring peoples, and an end to secret diplomacy. In the history that happened the hall rose and sang. Here it rises and sings too, and {lenin_cw_bloc >= 2:Martov, who has sat on the platform as one of the new government's parties, does not sing, but stands.|the Mensheviks on the opposition benches sit through it, and are seen to sit.} # basis: plausible
Then the land, on the peasants' own mandates. Then the government: {lenin_cw_bloc >= 2:a Council of the Soviets' parties, fifteen names argued over until five in the morning, Bolsheviks in the majority of it and Mensheviks and SRs in the commissariats of labour, food and posts.|a Council of People's Commissars, Bolsheviks and Left SRs, with the Railways left empty because nobody yet knows what the railwaymen will allow.} # basis: invented
{lenin_cw_bloc == 3:Through all of it Trotsky sits beside you on the platform and does not speak to you. He has told Sverdlov that a Congress which had the Palace in its hands at two in the morning has given half of it back by five, and that the Mensheviks will take the other half by Christmas. Kamenev, at the other end of the table, is writing lists of names in a neat hand and looks ten years younger. You have made the two of them change places, and you are not yet sure which of them is right.}
Sverdlov asks which post you want.
* [Take the chair of the Council, and the work with it]
    ~ lenin_noticed = 1
    You take the chair. Somebody has to sign things, and you have always thought that the man who signs the papers decides what they say. # telling: lenin In this telling Lenin chaired a government the Congress of Soviets had made, with partners he had not chosen.
* [Give the chair to Kamenev, and keep your pen and the party]
    ~ lenin_noticed = 2
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You give the chair to Kamenev, who wants it and who can sit through a meeting without wanting to strangle anyone. You keep the Central Committee, Rabochii Put' and the right to write what you like about the government of which your party is the spine. Kamenev looks at you as if he suspects a trap. He is not wrong. # telling: kamenev In this telling Kamenev chaired the Congress's government from its first week, with Lenin writing at his back.
- -> lenin_cw_ch2

=== lenin_cw_ch2 ===
# chapter: A Government of the Soviets
# time: 1917-10-28 09:00
# place: smolny
# scene: smolny_corridor
# weather: rain
# ambience: crowd_corridor
# paper: izvestia invented The Congress of Soviets forms the government: peace and land decreed
Saturday, 28 October 1917, Old Style; the tenth of November in the West. The Congress has gone home to its provinces with its decrees in its pockets, and left you a government in a girls' school and a country that has read about it. # basis: invented
{lenin_cw_bloc == 3:Two days into the coalition you sent for, the party is still arguing about it in the corridors. The Vyborg district committee has passed a resolution regretting that the Central Committee was not consulted, which is the politest thing it has ever said about you. Kronstadt has sent a telegram asking whether it is true that Dan is a commissar. It is true. Dan, for his part, arrives every morning at nine with a briefcase and a face that says he expects to be arrested by lunch, and works until midnight.}
Krasnov's Cossacks took Gatchina yesterday at daybreak, with Kerensky among them, as they did in the history that happened; tonight they will be in Tsarskoe Selo. They are few, some hundreds of horsemen and a regiment of infantry, but nobody in Smolny knows that yet, and the telegrams make them thousands. # basis: documented
{lenin_cw_bloc >= 2:This government is harder to fight than the one history made, because Kerensky is marching on Mensheviks and SRs too. The SRs and Mensheviks who, in the history that happened, joined the City Duma's Committee for the Salvation of the Motherland and the Revolution against the Bolsheviks sit in your Council instead, and the Committee the Duma has formed is its own councillors and the rump of the Pre-Parliament, and not much else.|The City Duma has formed its Committee for the Salvation of the Motherland and the Revolution, as it did in the history that happened: the Right SRs, the Mensheviks who stayed in the hall to oppose you, the Duma, the rump of the Pre-Parliament. They are talking to Kerensky's Cossacks and to the junker schools.} # basis: plausible
Trotsky and the Red Guard staffs want to meet Krasnov at the Pulkovo heights with everything the factories can send: Red Guards, sailors from Kronstadt, the regiments that will move. {lenin_cw_bloc >= 2:Dan, from the Council's other end, wants a delegation of the Congress sent down the line first, to tell the Cossacks whom they are marching against.|Kamkov wants a delegation of soldiers sent down the line first, to talk to the Cossacks before anyone shoots them.}
* [Send both: the guns to Pulkovo, and the delegation ahead of them]
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You send both, and you tell Trotsky to make sure the delegation reaches the Cossacks a day before his guns do. Cossacks who have heard that the land decree includes their brothers' land may not wish to die for Kerensky's honour. Trotsky says the guns will talk more clearly. He goes to Pulkovo all the same. # telling: trotsky In this telling Trotsky held the Pulkovo heights for a Soviet government of which he was not the master.
* [Send the guns, and nothing else: no talking to Kerensky's men]
    You tell Trotsky that there is nothing to discuss with men marching on the capital under Kerensky, and that the time for delegations is after they have lost. He goes to Pulkovo with every Red Guard detachment the Vyborg Side can spare. {lenin_cw_bloc >= 2:Dan says in the Council that you have just made the Cossacks' minds up for them. You tell him the Cossacks have minds of their own; that is what worries him.} # telling: trotsky In this telling Trotsky held the Pulkovo heights, as he did in history, and never forgot that Lenin had sent him without a word to spare.
- -> lenin_cw_press

=== lenin_cw_press ===
# time: 1917-10-29 11:00
# place: smolny
# scene: smolny_corridor
# ambience: interior_quiet
On Sunday morning the junkers of the Vladimir and the Engineering schools come out, as they did in the history that happened, with Polkovnikov's order in their pockets and the telephone exchange for a prize. {lenin_cw_palace == 3:The ministers they hoped to free were sent home under escort on the first morning, and the rising has nothing to free.}{lenin_cw_palace == 2:The ministers they hoped to free are in the fortress, and the rising has nothing to free.}{lenin_cw_palace == 1:The ministers are still in the Winter Palace, and the junkers' first thought is to reach them; the pickets you left around it are the first thing they hit.} By afternoon the fortress guns have answered, and the schools are taken, and there are dead on both sides. # basis: plausible
# sfx: telephone_ring
The telephone in your room rings from the Council's secretary. Rech and Den printed the junkers' appeal this morning, or so the Narva Red Guards say, and they want both papers shut. # basis: invented
{lenin_cw_bloc >= 2:The Menshevik commissars say that if one paper is shut by decree, they resign.|The Left SRs, who have just joined the government, say that they did not join it to close newspapers.}
* [Shut the papers that printed the rising's appeal, and only those]
    You order the two papers shut that printed the call to arms, and nothing else; you draft the order yourself so that there is nothing in it for anyone to stretch. It is still a decree on the press, and everyone who reads it knows what the first decree on anything is for. {lenin_cw_bloc >= 2:Two Menshevik commissars resign. Martov, to your surprise, does not. He says he will fight the decree from inside, and he does, in every meeting, hoarse.}
* [Leave the presses alone: arrest the men, not the type]
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You leave the presses alone and arrest the men who carried the appeal to them. Gorky's Novaya Zhizn prints an editorial the next day saying that the new government had a choice and chose rightly, once. You read it twice, looking for the sting, and find it in the word once. # telling: gorky In this telling Gorky's paper praised the Soviet government once, for leaving the presses of its enemies alone.
- ~ lenin_cw_palace = 0
-> lenin_cw_vikzhel

=== lenin_cw_vikzhel ===
# time: 1917-10-29 20:00
# place: smolny
That evening the railwaymen's union, Vikzhel, sends its ultimatum, as it did in the history that happened: a government of all the socialist parties, or the trains stop. # basis: documented
{lenin_cw_bloc >= 2:
    But there is already a government of all the socialist parties. Krushinsky, the union's spokesman, has to read his ultimatum aloud to a Council with Dan and Gots at one end of it and you at the other, and he stops halfway, and asks what exactly the railwaymen are supposed to demand now. Dan laughs. You do not. What the railwaymen demand, it turns out, is the Popular Socialists too, and the commissariat of railways for their own man, and no more shooting at Pulkovo. # basis: invented
- else:
    Kamenev is for talks at once. The Vikzhel men want everyone from the Bolsheviks to the Popular Socialists in one government; the Salvation Committee's men, brought in by the railwaymen, want you and Trotsky out of it. It is the bargain of the history that happened, offered to a government that the Congress, not the Military Revolutionary Committee, made. That makes it harder to refuse in public. # basis: plausible
}
Kamenev catches you in the corridor afterwards. He has the look of a man who has found his hour: he wants the talks, all of them, with a free hand.
* [Give Kamenev his free hand with the railwaymen #historicity: plausible L5]
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You give it, and tell him what he may not give away: the Congress's decrees, and the Soviets as the source of power. Everything else is his to trade. He looks at you for a long moment, as if you had handed him a loaded revolver, and goes. # telling: vikzhel In this telling Vikzhel's talks ended in an agreement: the trains ran, and the Soviet government took in the Popular Socialists.
* [Tell him the talks are cover for the fighting, and no more #historicity: historical]
    You tell Kamenev what you will tell the Central Committee in the history that happened, on the first of November: that talks with Vikzhel are diplomatic cover for military operations, useful while Krasnov is at Pulkovo and useless after. Kamenev hears you out. Then he goes to the talks and, you are fairly sure, forgets the half of it he did not like. # basis: plausible
- -> lenin_cw_pulkovo

=== lenin_cw_pulkovo ===
# time: 1917-10-31 18:00
# place: pulkovo
# scene: map
# ambience: street_night
The battle at Pulkovo on the thirtieth is what it was in the history that happened: a few hours' skirmish that the newspapers will make into a battle. Krasnov's Cossacks, facing many more Red Guards, sailors and soldiers, fall back to Gatchina. # basis: documented
{lenin_cw_give >= 3:The delegates who went down the line before the guns are still among the Cossacks, and by the thirty-first the Cossacks are discussing whether to hand Kerensky over to the Soviet that so many of their own comrades have voted for.|The Cossacks are discussing, as they did in the history that happened, whether to hand Kerensky over.} # basis: plausible
On the first of November Kerensky slips out of Gatchina Palace in disguise, as he did in the history that happened. Krasnov is brought to Smolny. # basis: documented
* [Release Krasnov on his word, as the history did]
    You let him go on his word not to fight again. He will break it, as he did in the history you know; but tonight a government that the Congress made can afford to be generous, and you want it seen to be. # telling: krasnov In this telling Krasnov was freed on his word by a Soviet coalition, and broke it all the same.
* [Keep Krasnov in the fortress for the Constituent Assembly to try]
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You keep him, and say he will be tried by the Constituent Assembly when it meets, for making war on the Soviets' government. {lenin_cw_bloc >= 2:Gots likes that: it puts the Assembly in the sentence.|Kamkov likes it: it puts a general behind bars.} # telling: krasnov In this telling Krasnov sat in the Peter and Paul Fortress awaiting a trial by the Constituent Assembly.
- -> lenin_cw_moscow

=== lenin_cw_moscow ===
# time: 1917-11-02 09:00
# place: smolny
# ambience: interior_quiet
# sfx: telephone_ring
Moscow has been fighting since the twenty-fifth, as it did in the history that happened: the Duma's Committee of Public Safety under its mayor, Rudnev, and Colonel Ryabtsev, against the Moscow Soviet's Military Revolutionary Committee; junkers in the Kremlin; artillery in the streets. On the twenty-eighth the junkers shot down soldiers of the 56th Regiment who had surrendered at the Arsenal. The dead, by the end, will be counted in many hundreds. # basis: documented
{lenin_cw_bloc >= 2:In this telling Rudnev is an SR whose own party sits in your Council, and he has been telephoning Gots every hour to ask which government he is defending Moscow against. Gots has no answer that does not shame one of them.|In this telling, as in history, the Moscow Committee is the Salvation Committee's sister, and the SRs who run it call your government a usurpation every time they ask for a truce.} # basis: plausible
This morning the telephone brings the choice. The Moscow committee will lay down its arms if the Council guarantees the junkers' lives and sends its own commissars to take the Kremlin over. The Moscow Bolsheviks, who have lost men at the Arsenal, want the Kronstadt sailors sent instead, and no guarantees for anyone who fired on prisoners. # basis: invented
* [Send the Council's commissars, and guarantee the junkers' lives]
    ~ lenin_cw_give = lenin_clamp(lenin_cw_give + 1, 0, 3)
    You sign the guarantee, and send two commissars on the night train, one of yours and one of your partners'. The Moscow Bolsheviks will not forgive you the Arsenal; the junkers walk out of the Kremlin with their lives, and some of them, you do not doubt, will be heard of again on the Don. # telling: alekseev In this telling, as in history, Alekseev went to the Don that November, and the junkers freed in Moscow went to find him.
* [Send the sailors: no guarantees for men who shot prisoners]
    You send the sailors and no guarantee. The Kremlin falls in the night, as it did in the history that happened, and nobody in Moscow asks afterwards which Council sent the men who took it. {lenin_cw_bloc >= 2:Rudnev resigns. Gots stays in the Council, but he no longer speaks to you except across a table.}
- -> lenin_cw_assembly

=== lenin_cw_assembly ===
# chapter: The Elections
# time: 1917-11-12 10:00
# place: smolny
# scene: smolny_corridor
# ambience: interior_quiet
# paper: delo_naroda invented The elections open: every party of the Soviet government on the ballot
Sunday, 12 November 1917, Old Style; the twenty-fifth in the West. The elections to the Constituent Assembly begin, as they did in the history that happened, and the early counts say what they said then: the Bolsheviks strong in the capitals, the garrison and the fleet; the SRs strong everywhere else; your party, over the country, perhaps a quarter of the vote. # basis: documented
{lenin_cw_bloc >= 2:In the history that happened that quarter was a verdict on a government you had made. Here it is a verdict on one you share, and the SRs who won the villages won them partly on a land decree their own commissars helped to sign.|In the history that happened that quarter was the whole verdict. Here the Left SRs' share, counted beside yours, makes something closer to a majority than you had any right to expect, and less than you need.} # basis: plausible
{lenin_noticed == 2:Kamenev, in the chair you gave him, has already told the Council that the Soviet government will hand its power to the Assembly in January and ask it to confirm the decrees.|In the chair, you have been asked a dozen times whether the Soviet government will hand its power to the Assembly, and have answered a dozen ways.} Now the Central Committee wants a line, and wants it from you.
{lenin_cw_give >= 3:You have given ground all month: the trains run, the presses print, the partners sit. It has bought the government something you did not expect: in the factories and in Kronstadt, resolutions in its favour.|You have given little ground all month, and the partners know it; Rahja hears in the Vyborg district that some of the Red Guards think you have given too much, and Martov thinks too little.}
* [Hand power to the Assembly when it meets, and fight inside it]
    You tell the Committee that the party will go into the Assembly as the strongest fraction of the Soviet bloc, defend the decrees there, and win the rest by argument. Sverdlov writes it down and looks up, as if checking that it is you. -> lenin_cw_end_hold
* [The Soviets stand above any Assembly: if it will not confirm the decrees, it goes #historicity: plausible]
    You tell the Committee that the Soviets are a higher form of democracy than any Assembly elected on lists drawn up before October; that if the Assembly confirms the decrees it may sit, and if it will not, it may go home; and that the sailors at Kronstadt will be glad to explain the difference to it. Kamenev goes white. {lenin_cw_bloc >= 2:Dan and Gots will leave the government tomorrow, and they do.|Kamkov says the Left SRs will think about it, which means yes.} -> lenin_cw_end_break

=== lenin_cw_end_hold ===
# time: 1918-01-05 16:00
# ambience: crowd_corridor
# music: internationale_quiet
In January the Constituent Assembly meets, and in this telling nobody closes it. You sit on the Soviet bloc's benches. {lenin_cw_bloc >= 2:Martov is three rows in front of you, hoarse, on the same side of the hall; it is the strangest place either of you has ever sat.|The Left SRs sit beside you and the Right SRs across the aisle, and the SRs elect the chairman, and you listen to him for two hours.} The Assembly confirms the Decree on Peace by a great majority and the land by a greater; it quarrels about everything else. You lose on Tuesday and win on Thursday. # basis: invented # telling: constituent_assembly In this telling the Constituent Assembly met, confirmed the Congress's decrees on peace and land, and sat.
{lenin_cw_give >= 3:The men who walked out of the history that happened did not walk out of this one, because you gave them nothing to walk out over; you count the cost of that in every vote, and the gain in every province that does not rise.|You gave little, and you got a coalition that holds because it is afraid to fall, which is how most coalitions hold.}
Nobody can yet say whether this government will make the peace the decree promised, or who will command the army if it does not; those are the questions that broke every government of 1917, and they are still on the table. # basis: plausible
{lenin_cw_bloc == 3:
    What historians argue: Evan Mawdsley, writing in Tony Brenton's Was Revolution Inevitable?, judged the anti-Bolsheviks' divisions unavoidable; this road asks what happens if the Bolsheviks' own leader declines to use them, which is not a thing the real Lenin did. Alexander Rabinowitch, in The Bolsheviks Come to Power, shows how many Bolsheviks, Kamenev and Lunacharsky first, wanted this coalition. Whether it lasts past the spring is our own reasoning, not theirs. # basis: documented
- else:
    What historians argue: Alexander Rabinowitch, in The Bolsheviks Come to Power, argues that the party won in October through its flexibility and the mood of the garrison and the Soviet, with Kerensky's raid on the papers as the trigger; on that reading the Congress would have taken power without Lenin's night at Smolny. Orlando Figes, in A People's Tragedy, answers that Lenin's intervention was decisive, and that without it there would have been no offensive and no single-party rule. Whether such a coalition lasts past the spring is our own reasoning, not theirs. # basis: documented
}
~ lenin_ending = 5
-> lenin_fates ->
{lenin_cw_bloc == 3: -> lenin_cw_end_martov}
{lenin_cw_bloc == 1: -> lenin_cw_end_leftsr}
This is an ending of the plausible kind: the rising waited for the Congress, and a government of all the Soviet parties reached the Constituent Assembly. # ending: lenin_congress
-> END

=== lenin_cw_end_leftsr ===
This is an ending of the plausible kind: the rising waited for the Congress, and the Soviet majority's government, Bolsheviks and Left SRs, reached the Constituent Assembly. # ending: lenin_congress_leftsr
-> END

=== lenin_cw_end_martov ===
This is a speculative ending: a Lenin who sent for the Mensheviks himself, as the real one never would have, and a Soviet government of all the socialist parties that reached the Constituent Assembly. # ending: lenin_martov
-> END

=== lenin_cw_end_break ===
# time: 1918-01-06 04:00
# ambience: rain_river
# music: funeral_march_quiet
The Assembly meets in January and will not confirm the Soviets' power. It sits one day. Then the sailors' guard on its doors is told to let nobody back in. It is the history that happened, come round by a longer road, and this time it has cost you {lenin_cw_bloc >= 2:a government that Martov, Dan and Gots had sat in, and will now fight.|a Congress's good name, spent in two months.} # basis: plausible # telling: constituent_assembly In this telling the Constituent Assembly was dispersed on its first night, as in history, by a government that had been a coalition until November.
{lenin_cw_give >= 3:You gave ground all autumn, and the men you gave it to remember that you did, and say so in the Duma's last meeting and the Don's first proclamations. It does not help you.|You gave little ground all autumn; nobody who left your government is surprised, and Martov says in print that he told them so.}
{lenin_noticed == 2:Kamenev resigns the chair. You do not ask him to stay.}
What historians argue: Evan Mawdsley, writing in Tony Brenton's Was Revolution Inevitable?, holds that the anti-Bolsheviks' divisions were unavoidable, and Richard Pipes, in The Russian Revolution, calls October a coup by a minority party; this road reaches Pipes's ending late, by way of a coalition. Rabinowitch, in The Bolsheviks Come to Power, shows a party far less united than the legend, which is why the break comes here in the Central Committee and not on the first night. The timing is our own reasoning. # basis: documented
~ lenin_ending = 6
-> lenin_fates ->
This is an ending of the plausible kind: the Congress took power as a coalition, and you broke it at the Constituent Assembly. # ending: lenin_congress_break
-> END

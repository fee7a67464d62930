// Lenin, chapter 7: 26 October 1917 (Old Style), the Decrees on Peace and Land and the Council of People's
// Commissars; then 1 November: a Vikzhel delegate's case, the Central Committee on the talks (L5); the historical
// ending and its epilogue. Facts: bible sections 1 (row 23), 2.4, 2.5, 3.3 (Vikzhel, Kamkov), 6.1 (L5), 7 (#11, #34).

VAR lenin_rail = 0
// Lenin's answer to the Vikzhel delegate on 1 November: 1 there is no neutral railway in a civil war, 2 the land decree
// or the names on the door, 3 he took the man's name. Read at the Central Committee and in both endings of the chapter

=== lenin_decrees ===
// How hard Lenin drove (lenin_resolve) is read nowhere from here on: fold it.
~ lenin_resolve = 0
# chapter: Peace and Land
# time: 1917-10-26 20:40
# place: smolny
# scene: smolny_hall
# weather: rain
# ambience: crowd_corridor
# paper: telegram The Provisional Government has been deposed. State power has passed to the Military Revolutionary Committee
Thursday, 26 October 1917, Old Style; the eighth of November in the West. The City Duma has made itself a Committee for the Salvation of the Motherland and the Revolution, out of the men who walked out last night. Smolny has guns in its colonnade and bonfires at its gates. # basis: documented
At the evening session, late, the chairman gives you the floor. It is your first speech to the Congress. The hall rises, and goes on rising. You grip the edge of the reading stand and wait it out. # basis: plausible
Then you begin, as the American John Reed heard it: "We shall now proceed to construct the Socialist order!" # basis: quoted Lenin, evening of 26 Oct (Reed only)
You read the Decree on Peace plainly: a just, democratic peace without annexations and without indemnities, proposed at once to all the warring peoples; secret diplomacy abolished. The hall has been waiting three years for it. # basis: documented
{lenin_dan == 1: On Tuesday night Dan begged Kerensky to proclaim something like it, and was refused. You are not asking anyone's leave.|On Tuesday night Kerensky could have bought himself a week with something like it. He refused, and now it is yours to read.}
// from here on only whether Lenin reached Smolny is read (the fates)
~ lenin_dan = 1
-> lenin_decrees_vote

=== lenin_decrees_vote ===
# time: 1917-10-26 22:35
The Decree on Peace passes at twenty-five to eleven. One hand goes up against it, and comes down again quickly. # basis: documented
# music: internationale
Then someone begins the Internationale, and the hall takes it up, soldiers and workers and sailors, some singing it for the first time in their lives. After it they sing the funeral march, You fell victim in the fatal struggle, for the dead of the Palace and of every year before. # basis: documented
After midnight comes the Decree on Land: the landlords' estates to pass without compensation to the peasants' committees, on the basis of the peasants' own mandates, gathered by the SRs over the summer. # basis: documented
A delegate shouts that it is the SRs' programme.
* [Answer him: it is, and you take it]
    You answer that it is; that you take it; and that the peasants will not ask whose pen wrote it.
* [Let the Left SRs answer for you]
    ~ lenin_leftsr += 1
    You let the Left SRs answer him. They cheer their own programme, made law by your party, and drown him out.
- # music: funeral_march_quiet
# time: 1917-10-27 02:30
In the small hours of the twenty-seventh the Congress approves the new government: the Council of People's Commissars, every one of them a Bolshevik; the Left SRs will not join yet. You are its chairman. Trotsky has Foreign Affairs, Stalin the Nationalities. The post for the railways is left empty, because nobody has the railwaymen. Kamenev, {lenin_expelled == 0:back from his resignation as if it had never been,|readmitted by the Congress's need of him if not by yours,} becomes chairman of the new Soviet Executive. # basis: documented
{lenin_leftsr >= 1: In the corridor Kamkov, who leads the Left SRs, tells you that "not yet" is not "no". You have given his people reason these two nights to think you want them. You do, for as long as you need the villages.|The Left SRs keep their distance, and you let them keep it. A government of one party is simpler to run, for as long as it lasts.}
{lenin_leftsr > 1:
    ~ lenin_leftsr = 1
}
-> lenin_decrees_vikzhel

=== lenin_decrees_vikzhel ===
# chapter: The Railwaymen
# music: off
# time: 1917-11-01 17:00
# place: smolny
# scene: smolny_corridor
# ambience: crowd_corridor
Wednesday, 1 November 1917, Old Style; the fourteenth in the West. A week of it. On the twenty-ninth the junkers of the Engineering School rose at the Engineers' Castle with the Committee for Salvation, and were put down, the Vladimir school shelled and stormed; more than two hundred killed and wounded. On the thirtieth, at Pulkovo, Krasnov's Cossacks met the Red Guards and sailors and went back to Gatchina. Moscow is still fighting in its streets. # basis: documented
And on the twenty-ninth the railwaymen's union, Vikzhel, told the new government that unless there was a government of all the socialist parties, from the Bolsheviks to the Popular Socialists, the railways would stop. Kamenev went to its talks gladly. # basis: documented
In the corridor outside the Committee's room a man in a railwayman's greatcoat, with the union's mandate folded in his cap, is waiting for Kamenev. He knows your face; everybody does now. He does not step out of your way. # basis: invented
The union is not for Kerensky, he tells you. In August the railwaymen tangled Kornilov's trains on the lines, and nobody in this building complained. But it will not carry soldiers so that one lot of socialists can shoot another: not Krasnov's Cossacks to Petrograd, and not the sailors to Moscow. There are railwaymen in every party in this building. Let the parties make one government, and the trains will run for it. Otherwise they stop, and the cities eat what is in them now. # basis: plausible
* [Tell him there is no neutral railway in a civil war]
    ~ lenin_rail = 1
    You tell him that a union which stops the trains while Krasnov sits at Gatchina has chosen a side, whatever it calls itself, and that the side it chose will remember. He says, quite steadily, that the union has been threatened by better-dressed men than you.
* [Ask him which his members want: the land decree, or the names on the government's door]
    ~ lenin_rail = 2
    You ask him which his members want more: the decree that gives their fathers the land, or Popular Socialist names on a door. He thinks about it honestly, which you did not expect. Both, he says; and peace, and peace needs the trains.
* [Ask him who drafted the ultimatum, and write the name down]
    ~ lenin_rail = 3
    You ask him who drafted it. He tells you it was voted, not drafted, and watches you write down his own name instead. He does not ask why.
- Kamenev comes out for him, sees you, and takes him in without a word.
-> lenin_decrees_committee

=== lenin_decrees_committee ===
# time: 1917-11-01 21:00
Tonight the Central Committee meets on the question. Kamenev puts his case, and it is strong: one party cannot hold Russia alone; Moscow is burning; the railwaymen can starve the capital in a week; and a government that must rule by force will have to go on doing it. Factory meetings are passing resolutions for the talks, and the Kronstadt Soviet is for them. # basis: plausible
{lenin_expelled == 1: Kamenev, readmitted in the crisis, has the votes of the men who never forgave you his expulsion.}
{lenin_heard == 3: You let the Mensheviks walk out of the Congress without a word, he reminds you; now the railwaymen are asking the question those men asked.}
{lenin_rail == 1: He has heard what you told Vikzhel's man in the corridor. The union's executive has heard it too, by now.}
{lenin_rail == 3: He has heard that you took the delegate's name. He asks the Committee whether that is how the new government means to talk to the unions.}
{lenin_martov == 3: Martov, whom you watched go from the Congress, sits at the railwaymen's table now, arguing for a government of them all.}
And the price has gone up. The other side began by demanding a government without the Bolsheviks at all, and the annulment of the Congress's decrees. Now the proposals are for a government without you and without Trotsky, and the Left SRs, your partners of the land decree, ask for it too. # basis: documented
{lenin_leftsr >= 1: Kamkov's "not yet" has become a price, and the price is you.}
* [Call the talks what they are: a diplomatic cover for military operations, and end them #historicity: historical]
    -> lenin_end_historical
* [Let the Committee vote on Kamenev's policy, and bow to it if you lose #historicity: plausible L5]
    -> lenin_end_vikzhel

=== lenin_end_historical ===
You tell the Committee that Kamenev's policy must be checked at once: the talks were only ever useful as diplomatic cover for military operations, and the operations are won. If the majority wants a coalition with the men who walked out, let the majority have it; you will go to the sailors. # basis: documented
# time: 1917-11-04 12:00
On the fourth of November Kamenev, Zinoviev, Rykov, Milyutin and Nogin resign from the Central Committee, and several commissars from the government, demanding a socialist coalition. Gorky writes in Novaya Zhizn that "Lenin, Trotsky, and their companions have already become poisoned with the filthy venom of power". # basis: quoted Gorky, Novaya Zhizn, 7 (20) Nov 1917
This is what happened. From the twelfth of November Russia voted for its Constituent Assembly, and your party won about a quarter of the votes. The Left SRs came into the government in December. The Assembly met in January 1918 and was dispersed after one day. In March the Left SRs left the government over the separate peace with Germany, and the party you had argued into a rising governed alone. The railwaymen ran the trains. # basis: documented
{lenin_heard == 2: Your appeal of the twenty-sixth had promised the Assembly would be convened. It was, for a day.}
{lenin_rail == 3: The name you wrote down in the corridor you kept.}
-> lenin_telling ->
What historians argue: Pipes saw a coup by a minority party; Figes, a military coup rammed through at Lenin's insistence. Rabinowitch found a party that won by its flexibility and its responsiveness to the mood of the streets; Trotsky said the real victory was the garrison's silent one, before the twenty-fifth. # basis: documented
~ lenin_ending = 1
-> lenin_fates ->
This is the historical ending: the October you made, and what came of it. # ending: lenin_historical
-> END

=== lenin_end_vikzhel ===
You let them vote. Kamenev's policy carries: the talks are to go on, and the Committee will accept a government of all the socialist parties, whoever heads it, so long as the decrees on peace and land stand and the Congress's power is not annulled. You are outvoted. # basis: invented
This is not what happened. In the history that happened Lenin carried the Committee with him, the talks were wrecked, and on the fourth of November five of its members resigned in protest. Here the majority goes the other way, and you are made to yield. # basis: documented
You threatened once to go to the sailors.
* [Wire Kronstadt, as you threatened]
    ~ lenin_noticed = 1
    You wire Kronstadt. The answer comes back by morning: the Kronstadt Soviet has declared for a government of all the socialist parties. The sailors you meant to go to are on the other side of the table. # basis: documented
* [Yield, and keep your hands on the decrees]
    ~ lenin_noticed = 2
    You yield. You tell Kamenev, for the minutes, that you will hold him to every line of the two decrees, and that you will be watching the railways.
- # time: 1917-11-04 12:00
A socialist government is formed from the Bolsheviks to the Popular Socialists, with the Peace and Land decrees kept, on the terms the other parties set: without you and without Trotsky. The Bolsheviks, the largest party in it, do not hold its chair. # basis: plausible
{lenin_noticed == 1: You take it as a man takes a verdict he appealed and lost. Kronstadt's telegram stays in your pocket for a long time.|You take it in silence, and from outside the government you begin, that same week, to write about it.}
~ lenin_noticed = 0
{lenin_rail == 2: The trains run. The railwayman you asked about the land decree was right: his members wanted both, and now they have both, and peace is still to be made.|The trains run, and Vikzhel reminds everyone who made them run.}
What historians argue: factory meetings, the Baltic Works among them, and the Kronstadt Soviet had asked for exactly this, as Medhurst shows in No Less Than Mystic, and the other parties' first terms, no Bolsheviks at all and the decrees annulled, show how far apart they began. Mawdsley, in Brenton's Was Revolution Inevitable?, judged the anti-Bolsheviks' divisions unavoidable. # basis: documented
It is our own reasoning that this was the last moment in 1917 at which a multi-party Soviet Russia was on the table, and that a coalition so divided over the war would have been tested within weeks by the question of a separate peace with Germany. Here it is taken. # basis: plausible
~ lenin_ending = 2
-> lenin_fates ->
This is a plausible ending: the Central Committee outvoted you, and the coalition Vikzhel demanded came, without you in it. # ending: lenin_vikzhel
-> END

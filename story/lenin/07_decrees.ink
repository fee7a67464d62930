// Lenin, chapter 7: 26 October 1917 (Old Style), the Decrees on Peace and Land and the Council of People's
// Commissars; then 1 November and the Vikzhel talks (L5); the historical ending and its epilogue.
// Facts: bible sections 1 (row 23), 2.4, 2.5, 6.1 (L5), 7 (#11, #34, #35).

=== lenin_decrees ===
# chapter: Peace and Land
# time: 1917-10-26 20:40
# place: smolny
# scene: smolny_hall
# weather: rain
# ambience: crowd_corridor
# paper: telegram The Provisional Government has been deposed. State power has passed to the Military Revolutionary Committee
Thursday, 26 October 1917, Old Style; the eighth of November in the West. The City Duma has made itself a Committee for the Salvation of the Motherland and the Revolution, out of the men who walked out last night. Smolny has guns in its colonnade and bonfires at its gates. # basis: documented
At the evening session, late, the chairman gives you the floor. It is your first speech to the Congress. The hall rises, and goes on rising. You grip the edge of the rostrum and wait it out, and then you say, as if continuing a conversation you broke off in July: "We shall now proceed to construct the Socialist order!" # basis: quoted Lenin, evening of 26 Oct (Reed only)
You read the Decree on Peace plainly: a just, democratic peace without annexations and without indemnities, proposed at once to all the warring peoples; secret diplomacy abolished. The hall has been waiting three years for it.
-> lenin_decrees_vote

=== lenin_decrees_vote ===
# time: 1917-10-26 22:35
The Decree on Peace passes at twenty-five to eleven. One hand goes up against it, and comes down again quickly. # basis: documented
# music: internationale
Then someone begins the Internationale, and the hall takes it up, soldiers and workers and sailors, some of them singing it for the first time in their lives. When it is over, they sing the funeral march, You fell victim in the fatal struggle, for the dead of the Palace and of every year before it. # basis: documented
After midnight comes the Decree on Land: the landlords' estates to pass without compensation to the peasants' committees, on the basis of the peasants' own mandates, gathered by the SRs over the summer. # basis: documented
A delegate shouts that it is the SRs' programme.
* [Answer him: it is, and you take it]
    You answer that it is; that you take it; and that the peasants will not ask whose pen wrote it.
* [Let the Left SRs answer for you]
    ~ lenin_unity = lenin_clamp(lenin_unity + 1, -1, 1)
    You let the Left SRs answer him. They cheer their own programme, made law by your party, and drown him out.
- # music: funeral_march_quiet
# time: 1917-10-27 02:30
In the small hours of the twenty-seventh the Congress approves the new government: the Council of People's Commissars, every one of them a Bolshevik; the Left SRs will not join yet. You are its chairman. Trotsky has Foreign Affairs, Stalin the Nationalities. The post for the railways is left empty, because nobody has the railwaymen. Kamenev, {lenin_expelled == 0:back from his resignation as if it had never been,|readmitted by the Congress's need of him if not by yours,} becomes chairman of the new Soviet Executive. # basis: documented
-> lenin_decrees_vikzhel

=== lenin_decrees_vikzhel ===
# chapter: The Railwaymen
# music: off
# time: 1917-11-01 18:00
# place: smolny
# scene: smolny_corridor
# ambience: interior_quiet
Wednesday, 1 November 1917, Old Style; the fourteenth in the West. A week of it. On the twenty-ninth the junkers of the Engineering School rose at the Engineers' Castle with the Committee for Salvation, and were put down, the Vladimir school shelled and stormed; more than two hundred killed and wounded. On the thirtieth, at Pulkovo, Krasnov's Cossacks met the Red Guards and sailors and went back to Gatchina. Moscow is still fighting in its streets. # basis: documented
And on the twenty-ninth the railwaymen's union, Vikzhel, told the new government that unless there was a government of all the socialist parties, from the Bolsheviks to the Popular Socialists, the railways would stop. Kamenev went to its talks gladly. There are factory resolutions for it, and the Kronstadt Soviet is for it. The other side began by demanding a government without the Bolsheviks at all, and the annulment of the Congress's decrees; there is talk now of a coalition without you and Trotsky in it. # basis: documented
Tonight the Central Committee meets on the question. Kamenev puts his case, and it is strong: one party cannot hold Russia alone; Moscow is burning; the railwaymen can starve the capital in a week; and a government that must rule by force will have to go on doing it. # basis: plausible {lenin_expelled == 1: Kamenev, readmitted in the crisis, has the votes of the men who never forgave you his expulsion.}
* [Call the talks what they are: a diplomatic cover for military operations, and end them #historicity: historical]
    -> lenin_end_historical
* [Accept the Vikzhel coalition, with the decrees kept #historicity: plausible L5]
    -> lenin_end_vikzhel

=== lenin_end_historical ===
# time: 1917-11-04 12:00
You tell the Committee that Kamenev's policy must be checked at once: the talks were only ever useful as diplomatic cover for military operations, and the operations are won. If the majority wants a coalition with the men who walked out, let the majority have it; you will go to the sailors. # basis: documented
On the fourth of November Kamenev, Zinoviev, Rykov, Milyutin and Nogin resign from the Central Committee, and several commissars from the government, demanding a socialist coalition. Gorky writes in Novaya Zhizn that "Lenin, Trotsky, and their companions have already become poisoned with the filthy venom of power". # basis: quoted Gorky, Novaya Zhizn, 7 (20) Nov 1917
This is what happened. On the twelfth of November the elections to the Constituent Assembly began, and your party won about a quarter of the votes. The Left SRs came into the government in December. The Assembly met in January 1918 and was dispersed after a single day. The railwaymen ran the trains. The party you had argued into a rising it half feared governed alone. # basis: documented
Historians still argue about what it was. Pipes saw a coup by a minority party; Figes, a military coup rammed through at Lenin's insistence. Rabinowitch found a party that won by its flexibility and its responsiveness to the mood of the streets; Trotsky said the real victory was the garrison's silent one, before the twenty-fifth. # basis: documented
-> lenin_fates ->
{lenin_expelled == 1: In this telling you also forced the expulsion of Zinoviev and Kamenev before the rising, which did not happen: the Committee refused it, and they were back in the leadership within weeks.}
This is the historical ending: the October you made, and what came of it. # ending: lenin_historical
-> END

=== lenin_end_vikzhel ===
# time: 1917-11-04 12:00
You surprise them all. You tell the Committee that the railwaymen have the trains and the trains have the bread, and that the decrees on peace and land are worth more than the names on the government's door. Let the talks go on; let the coalition come, from the Bolsheviks to the Popular Socialists, so long as the decrees stand and the Congress's power is not annulled. Kamenev looks at you as if you had come back from the dead. # basis: invented
This is not what happened. In the history that happened Lenin sabotaged the talks, and on the fourth of November five members of the Central Committee resigned in protest. Here nobody resigns. A homogeneous socialist government is formed from the Bolsheviks to the Popular Socialists, with the Peace and Land decrees kept. {lenin_resolve >= 3: Its other parties insist that you and Trotsky take no portfolio. You accept, in a voice that frightens the men who asked for it.|You keep the chair, narrowly, because the Left SRs insist on it.} # basis: plausible
Factory meetings, the Baltic Works among them, and the Kronstadt Soviet had asked for exactly this. Historians note that the other parties began by demanding a government without the Bolsheviks at all; Mawdsley doubts any coalition could have held the socialists together through the war and the peace. It is the last moment in 1917 at which a multi-party Soviet Russia was on the table. Here it is taken. # basis: documented
-> lenin_fates ->
This is a plausible ending: the coalition that Vikzhel demanded, and a revolution shared. # ending: lenin_vikzhel
-> END

// Lenin's endings that branch off before the 25th, and the shared roll of real fates that every epilogue calls.
// Historians' readings follow the bible's section 6 frame and table 6.1 (L1, L2, L3).

=== lenin_fates ===
// A tunnel: the real fates of the people Lenin met, told the same way at the end of every road.
In the history that did happen, the people you met this October went their ways. Trotsky became Commissar for Foreign Affairs, lost the struggle after Lenin's death, and wrote his History in exile. Sverdlov died in 1919. Zinoviev and Kamenev, who voted against, went back into the leadership and were shot in 1936; Antonov-Ovseenko, who arrested the ministers, was shot in 1938. Stalin, the "grey blur" of Sukhanov's memoir, outlived them all. Kerensky, the other boy from Simbirsk, died in New York in 1970, still explaining. Fofanova and Rahja, who hid you and walked you through the rain, are in the footnotes of every history of that night. # basis: documented
->->

=== lenin_end_congress ===
# time: 1917-10-26 05:00
# place: smolny
# scene: smolny_hall
# ambience: crowd_corridor
{lenin_route == 1: You kept the party waiting for its Congress, as Zinoviev asked on the sixteenth.|You stayed in Fofanova's kitchen on the twenty-fourth, as the Committee asked.} So the Congress of Soviets met with the garrison already the Soviet's and the government already hollow, and nobody had to seize anything in the night that the Congress could not be asked to vote for in the morning.
What follows is a plausible history, not the one that happened. The Military Revolutionary Committee keeps its defensive line. The bridges, the telegraph and the stations change hands as they did, more slowly, in the name of the Soviet's defence. The Congress opens to find the Provisional Government still in the Palace, talking to itself. The delegates vote that power has passed to the Soviets. The ministers, a day later, are simply walked out of a building nobody is defending any more. # basis: plausible
Because no party has presented the Congress with a coup, the Mensheviks and SRs do not walk out. Martov's motion for a government of all the Soviet parties is carried, and meant. The Left SRs are in the new government from the first day; Martov's people, perhaps, with them. Your party leads it. It does not own it. {lenin_expelled == 1: Zinoviev and Kamenev, expelled by your own insistence, sit on the other side of the negotiating table, and are listened to.} # basis: plausible
{lenin_resolve >= 2: You sit in it, too, as one commissar among several, and you are the most impatient man at every table, and you are outvoted more often than you can bear.|You sit in it, too, as one commissar among several, and you discover that patience is a weapon you never learned to hold.}
Historians who weigh this road follow Rabinowitch's reading of October: the Bolsheviks won through the garrison's and the Soviet's mood, and Kerensky's raid on the papers supplied the trigger; on that reading the Congress would have taken power anyway, with Left SRs and perhaps Martov's group beside the Bolsheviks. Miéville describes how defensive the committee's language still was on the twenty-fourth. Figes, against them, holds that Lenin's intervention was decisive: without his arrival at Smolny the offensive of that night would not have happened. A Congress-born coalition would have been much harder to call a coup. Whether it would have lasted until the Constituent Assembly met, or broken on the questions of the war and of who commands the army, is where the argument begins. # basis: documented
-> lenin_fates ->
This is an ending of the plausible kind: the road not taken on the night the Committee asked you to wait. # ending: lenin_congress
-> END

=== lenin_shpalernaya_caught ===
You let go of Rahja's arm and step forward, sober, civil, a worker going home from the late shift with a bad tooth. You have a pass. You hand it up.
The officer bends from the saddle with a lantern. He reads the pass. Then he looks at the cloth, and the cap, and the wig's edge over your ear, and at the eyes above the bandage, which have been on posters since July. The cadet on foot, a boy from the Peterhof school, is staring at you too. Rahja starts to shout, too late.
The officer tells you, quite politely, to take the cloth off. # basis: invented
-> lenin_end_harmless_drunk

=== lenin_end_harmless_drunk ===
# time: 1917-10-25 02:00
# place: general_staff
# scene: map
# ambience: interior_quiet
They take you to the Military District staff on Palace Square, under the July warrant for treason. Rahja, knocked down in the scuffle, gets away into the dark to carry the news to Smolny. By two in the morning every telephone that still works in the government's hands is ringing with it. # basis: invented
This is not what happened. It is the counterfactual that Orlando Figes called "the harmless drunk": that the patrol on Shpalernaya, which really did let two apparent drunks go, had instead looked twice. A recognised Lenin would have been held under the warrant of July, or shot in the confusion of the night. # basis: documented
At Smolny, without you, the offensive you came to force does not happen. Trotsky holds the garrison and the bridges, and keeps to his defence. Kamenev and Zinoviev, the men you called strike-breakers, are in their element: the Congress meets, denounces your arrest and demands your release, and votes power to the Soviets in the name of every socialist party that will come in. The Bolsheviks are the strongest of them. They are not the master of them. The Constituent Assembly meets on time, and the arguments move there. {lenin_expelled == 1: The two you expelled are readmitted within the week; there is nobody left in the leadership to object.} # basis: plausible
Historians who weigh this branch divide along the oldest line in the subject. Figes and the "great man" school, from Sidney Hook in 1943 onward, argue that October without Lenin would not have happened at all; Trotsky, in his diary of 1935, said much the same of himself and Lenin, though the exact wording is disputed. Rabinowitch and the historians of the mass mood answer that the garrison had already changed sides, and that the question was never whether the Soviets would take power, only which Soviet power it would be. On this branch, most of them agree, it would have been a multi-party socialist government and a Constituent Assembly with a Bolshevik bloc in it, not the party's rule alone. # basis: documented
-> lenin_fates ->
In this telling your own fate is a guardroom on Palace Square and a trial for treason, if Kerensky's government lasts long enough to hold one; or a Soviet's demand for your release, if it does not. This is a plausible ending, not the history. # ending: lenin_harmless_drunk
-> END

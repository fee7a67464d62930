// Lenin's endings that branch off before the 25th, and the shared roll of real fates that every epilogue calls.
// Historians' readings follow the bible's section 6 frame and table 6.1 (L1, L2, L3).

=== lenin_fates ===
// A tunnel: the real fates of the people Lenin met, called at the end of every road; who is named depends on how
// far the road went (Antonov-Ovseenko once Lenin reached Smolny, Martov and Dan once he heard Martov at the Congress).
What became of them, in the history that did happen: Trotsky lost the struggle for the party after Lenin's death, wrote his History in exile and was murdered in Mexico in 1940. Sverdlov died in 1919. Zinoviev and Kamenev, who voted against the rising, stayed among the party's leaders for years and were shot in 1936. # basis: documented
{lenin_dan > 0: Antonov-Ovseenko, who arrested the ministers, was shot in 1938.}
{lenin_martov > 0: {lenin_martov == 3:Martov, whom you watched go,|Martov} left Russia in 1920 and died in Germany in 1923; Dan, exiled in 1922, died in New York in 1947.}
Stalin, Sukhanov's "grey blur", outlived every one of these Bolsheviks, had most of them killed, and died in 1953. Kerensky, the other boy from Simbirsk, died in New York in 1970, still explaining. Rahja died in Leningrad in 1936; Fofanova, who hid you, in 1976, having set her memories down. # basis: documented
->->

=== lenin_telling ===
// The historical ending's honest line: where this run left the record on the way without ending there
// (chapter 1's watered or bruised vote, chapter 3's expulsions, chapter 5's proclamation held back).
{lenin_overreach == 2 || lenin_overreach == 3 || lenin_expelled == 1 || lenin_proclaim == 2:
    In this telling your road here was not quite the real one.{lenin_overreach == 2: On the Karpovka your resolution was watered down; in history it passed whole, ten to two.}{lenin_overreach == 3: On the Karpovka you demanded expulsions and won only eight to two; in history there was no such demand, and it was ten to two.}{lenin_expelled == 1: You forced Zinoviev and Kamenev out before the rising; in history the Committee refused, and both stayed in the leadership.}{lenin_proclaim == 2: You held back "To the Citizens of Russia!"; in history it went out, premature, at ten in the morning.} The ending is history's; those steps were not.
}
->->

=== lenin_end_congress ===
# time: 1917-10-26 05:00
# place: smolny
# scene: smolny_hall
# ambience: crowd_corridor
{lenin_route == 1: You kept the party waiting for its Congress, as Zinoviev asked on the sixteenth.|You stayed in Fofanova's kitchen on the twenty-fourth, as the Committee asked.} So the Congress of Soviets met with the garrison already the Soviet's and the government already hollow.
What follows is a plausible history, not the one that happened. The Military Revolutionary Committee keeps its defensive line; the bridges, the telegraph and the stations change hands more slowly, in the name of the Soviet's defence. The Congress opens with the Provisional Government still in the Palace, talking to itself, and votes that power has passed to the Soviets. A day later the ministers are walked out of a building nobody is defending any more. # basis: plausible
Because nobody has presented the Congress with a coup, the Mensheviks and SRs do not walk out. Martov's motion for a government of all the Soviet parties is carried, and meant. Your party leads the coalition; it does not own it. {lenin_expelled == 1: Zinoviev and Kamenev, expelled by your own insistence, sit across the negotiating table, and are listened to.} # basis: plausible
Sverdlov brings you the offer: a commissariat, one among several.
* [Take it, and fight inside the coalition]
    ~ lenin_noticed = 1
    {lenin_resolve >= 2: You take it, and you are the most impatient man at every table, and you are outvoted more often than you can bear.|You take it, and you discover that patience is a weapon you never learned to hold.}
* [Refuse it, and fight the coalition from outside with a pen]
    ~ lenin_noticed = 2
    You refuse it. A coalition needs an opposition that knows what it wants, you tell Sverdlov, and you will be it: from Rabochii Put', from the Petersburg Committee, from the factory meetings.
- The delegates go home into the rain.
{lenin_noticed == 1: By Christmas the coalition has survived three crises, and you have caused two of them.|By Christmas your articles have the coalition's Bolsheviks looking over their shoulders, which is what you meant them to do.}
~ lenin_noticed = 0
Alexander Rabinowitch, in The Bolsheviks Come to Power, finds that the Bolsheviks won through the garrison's and the Soviet's mood, with Kerensky's raid on the papers supplying the trigger; China Miéville, in October, shows how defensive the committee's language still was on the twenty-fourth. Orlando Figes, in A People's Tragedy, holds against them that Lenin's intervention was decisive: without his arrival at Smolny the offensive of that night would not have happened. # basis: documented
One could argue from Rabinowitch's reading that the Congress would have taken power anyway, with Left SRs and perhaps Martov's group beside the Bolsheviks, and that a Congress-born coalition would have been much harder to call a coup. Whether it would have lasted until the Constituent Assembly met, or broken on the questions of the war and of who commands the army, is where the argument begins. # basis: plausible
-> lenin_fates ->
This is an ending of the plausible kind: the road not taken on the night the Committee asked you to wait. # ending: lenin_congress
-> END

=== lenin_shpalernaya_caught ===
You let go of Rahja's arm and step forward, sober, civil, a worker going home from the late shift with a bad tooth. You have a pass. You hand it up.
The officer bends from the saddle with a lantern. He reads the pass. Then he looks at the cloth, and the cap, and the wig's edge over your ear, and at the eyes above the bandage. Some of the papers printed that face in July, beside the word treason; few junkers would know it. This officer, it turns out, has looked at it more carefully than most. The cadet on foot, a boy from the Peterhof school, is staring at you too. Rahja starts to shout, too late.
The officer tells you, quite politely, to take the cloth off. # basis: invented
-> lenin_end_harmless_drunk

=== lenin_end_harmless_drunk ===
# time: 1917-10-25 02:00
# place: general_staff
# scene: map
# ambience: interior_quiet
They take you to the Military District staff on Palace Square, under the July warrant for treason. Rahja, knocked down in the scuffle, gets away into the dark to carry the news to Smolny. By two in the morning every telephone that still works in the government's hands is ringing with it. # basis: invented
A duty officer opens a ledger and asks for your name, as if there were any doubt.
* [Give it: Ulyanov, Vladimir Ilyich, and demand to be charged before a court]
    ~ lenin_noticed = 1
    You give it in full, and demand to be charged before a court, in public, with the evidence of July on the table. If you are to be a prisoner you will be a prisoner the whole city can hear.
* [Give no name, and let them prove it]
    ~ lenin_noticed = 2
    You give no name. Let them prove it, you tell him; a man with a toothache is nobody in particular. He writes "unknown, claims a toothache" in a fair hand, and sends for somebody who saw you speak in July.
- The night goes on without you.
{lenin_noticed == 1: By evening your name, as you gave it, is in every paper, and the Congress takes up your arrest as its first business.|For a day the papers print rumours of a nameless man in a wig; by evening someone who heard you in July has named you, and the Congress takes up your arrest as its first business.}
~ lenin_noticed = 0
This is not what happened. It is the counterfactual that Orlando Figes called "the harmless drunk": the patrol on Shpalernaya, which really did let Lenin and Rahja pass, taking them, by one account, for a pair of drunks, looks twice. # basis: documented
At Smolny the offensive you came to force does not happen. Trotsky keeps to his defence; Kamenev and Zinoviev are in their element. The Congress demands your release and votes power to the Soviets in the name of every socialist party that will come in, the Bolsheviks the strongest of them and not their master. {lenin_expelled == 1: The two you expelled are readmitted within the week; there is nobody left in the leadership to object.} # basis: plausible
Figes calls Lenin's intervention decisive, and Sidney Hook, in The Hero in History (1943), argued that without Lenin there would have been no October; Trotsky's diary of 1935 says much the same of the two of them, in words whose exact text is disputed. Rabinowitch, in The Bolsheviks Come to Power, answers that the garrison had already changed sides. # basis: documented
One could argue on Rabinowitch's side that the question was only which Soviet power it would be: here, likeliest, a multi-party socialist government, and a Constituent Assembly with a Bolshevik bloc in it. # basis: plausible
-> lenin_fates ->
In this telling your own fate is a guardroom on Palace Square and a trial for treason, if Kerensky's government lasts long enough to hold one; or a Soviet's demand for your release, if it does not. This is a plausible ending, not the history. # ending: lenin_harmless_drunk
-> END

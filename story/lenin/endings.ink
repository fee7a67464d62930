// Lenin's endings that branch off before the 25th, and the historical ending's honest line; what became of the
// people met is the role's one fates passage (lenin/fates.ink). Historians' readings follow the bible's section 6
// frame and table 6.1 (L1, L2, L3).

=== lenin_telling ===
// The historical ending's honest line: where this run left the record on the way without ending there
// (chapter 1's watered or bruised vote, chapter 3's expulsions, chapter 5's proclamation held back).
{lenin_overreach == 2 || lenin_overreach == 3 || lenin_expelled == 1 || lenin_proclaim == 2:
    In this telling your road here was not quite the real one.{lenin_overreach == 2: On the Karpovka your resolution was watered down; in history it passed whole, ten to two.}{lenin_overreach == 3: On the Karpovka you demanded expulsions and won only eight to two; in history there was no such demand, and it was ten to two.}{lenin_expelled == 1: You forced Zinoviev and Kamenev out before the rising; in history the Committee refused, and both stayed in the leadership.}{lenin_proclaim == 2: You held back "To the Citizens of Russia!"; in history it went out, premature, at ten in the morning.} The ending is history's; those steps were not.
}
->->

=== lenin_shpalernaya_caught ===
You let go of Rahja's arm and step forward, sober, civil, a worker going home from the late shift with a bad tooth. You have a pass. You hand it up.
The officer bends from the saddle with a lantern. He reads the pass. Then he looks at the cloth, and the cap, and the wig's edge over your ear, and at the eyes above the bandage. Some of the papers printed that face in July, beside the word treason; few junkers would know it. This officer, it turns out, has looked at it more carefully than most. The cadet on foot, a boy from the Peterhof school, is staring at you too. Rahja starts to shout, too late.
The officer tells you, quite politely, to take the cloth off. You take it off. For a moment nobody says anything at all; the horse shifts on the cobbles, the lantern swings, and somewhere towards Smolny a lorry changes gear. Then the boy from Peterhof says your name aloud, as if reading it off a poster, and the officer tells him to be quiet, and draws his revolver, and asks you to walk in front. # basis: invented
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
- -> lenin_gr

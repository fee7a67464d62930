// Lenin, chapter 4: Tuesday 24 October 1917 (Old Style). The raid on the Trud press, the letter of the evening,
// the choice to go (L1), the walk with Rahja past the junker patrol on Shpalernaya (L2), the crush at the Smolny gate.
// Facts: bible sections 1 (rows 9, 12), 2.2, 6.1 (L1, L2), 7 (#1, #5, #13, #14). Crossing with the junker's
// campaign: about 22:30, mounted junkers with a Peterhof cadet on foot; Rahja plays the loud drunk (one version of several).

VAR lenin_warrant = 0
// how Lenin took the arrest orders of 24 Oct: 1 as the Soviet's reason to act, 2 as a list to read (and his own
// warrant of July), 3 as a case to answer; read when he stays, and on Shpalernaya

=== lenin_shpalernaya ===
# chapter: History Will Not Forgive
# time: 1917-10-24 08:00
# place: fofanova_flat
# weather: rain
# ambience: off
# paper: telegram Junkers and militia raid the Trud press: Rabochii Put' and Soldat seized
Tuesday, 24 October 1917, Old Style; in the West, the sixth of November. Kerensky has struck, as you said he would, and at what you said he would.
Before dawn, militia and junkers went into the Trud printing works, where Rabochii Put' and the soldiers' paper Soldat are printed. They carried out the night's copies by the thousand, smashed what they could of the type, and sealed the doors. For balance, as the ministers like to say, they have also closed two papers of the far right. # map: trud_press government # basis: documented
Fofanova brings the rest in pieces through the morning. Trotsky rang the party's publishing house at first light and woke Lomov: "Kerensky is on the offensive! We need everyone at Smolny!" The Military Revolutionary Committee has sent out its first directive: the regiments to be ready, and any delay to be counted a betrayal of the revolution. By eleven a company of the Litovsky Regiment and the 6th Sapper Battalion, sent by the committee, have broken the seals at Trud, and the presses are running again. # map: trud_press mrc # basis: quoted Trotsky to Lomov, 24 Oct (Lomov's memoir, via Miéville)
-> lenin_shpalernaya_orders

=== lenin_shpalernaya_orders ===
# time: 1917-10-24 14:00
~ lenin_letter = 0
Towards two she is back from the district committee, wet to the knees, with a page copied in pencil. # basis: plausible
The raid was only one of the night's decisions. The government has ordered the arrest of the members of the Military Revolutionary Committee, and of the Bolsheviks let out on bail after Kornilov. Polkovnikov has told every unit to stay in barracks and obey no orders but the Staff's. The junker schools outside the city have been called in. And at the Mariinsky, Kerensky has told the Council of the Republic that the capital is in a state of insurrection, and asked it for its full support. # basis: documented
Fofanova gives you his case as the gallery heard it, and it is not a stupid case. A party preparing to take power by arms, less than three weeks before the country votes for its Constituent Assembly. A committee that has taken the garrison from its lawful command in wartime, with the Germans in the Gulf of Riga. And behind it a man charged with treason in July, who has never answered the charge and writes for his party's paper from hiding. What government, he asked, would not arrest such people? # basis: plausible
{lenin_noticed == 1: Gorky was afraid last week of lorries full of men with trembling hands. So, it seems, is the government; it has sent for lorries of its own.}
~ lenin_noticed = 0
Nobody has come yet to carry the orders out. Fofanova looks at the door as if somebody might.
* [Tell her Kerensky has just given the Soviet its reason]
    ~ lenin_warrant = 1
    It is the best news of the week, you tell her. A government that orders the arrest of the Soviet's own committee on the eve of its Congress has done what no resolution of yours could: it has made the rising an act of defence.
    Fofanova says drily that she will tell the committee's members, if she finds them before the junkers do.
* [Ask her whose names are on the list, and whether yours is]
    ~ lenin_warrant = 2
    The committee's members, she says; Trotsky twice over, as its moving spirit and as a man out on bail; Raskolnikov, whose bail was paid a fortnight ago. Not yours. You see why a moment before she does: yours was written in July and needs no renewing.
    She does not smile. That, she says, is exactly why you will stay where you are.
* [Answer Kerensky's case, point by point, as if he were in the room]
    ~ lenin_warrant = 3
    You answer him to the stove. The Assembly: his government put its elections off from September to November, and whoever holds power on polling day will convene it. The war: a garrison that refuses the trenches is not the Kaiser's ally; it is an army that has voted against him. The treason: let him try it before a court that the Soviets elect.
    She did not ask to be convinced, Fofanova says; she asked you to stay indoors.
- -> lenin_shpalernaya_afternoon

=== lenin_shpalernaya_afternoon ===
# time: 1917-10-24 16:00
The Central Committee met at Smolny this morning, without you. Its members have their tasks. A reserve staff is to be set up in the Peter and Paul Fortress, with Sverdlov to keep the line to it. About you there is one decision, and Fofanova, who agrees with it, gives it to you word for word: you are to stay where you are. # basis: documented
In the afternoon the government opens the bridges. The Nikolaevsky's swing span is turned aside and the Liteiny's lifted; the Palace Bridge is left passable and held by junkers. At the Liteiny, Fofanova reports, a crowd of workers surrounded the cadets holding the bridge, the cadets gave it up, and the span is coming down again. # bridge: nikolaevsky raised # bridge: liteiny lowered # basis: documented
And the news from Smolny is worse than the bridges. Trotsky has told the party's delegates that it would be a mistake to arrest the government: "This is defence, comrades. This is defence." The committee is holding what it has and waiting for the Congress tomorrow. There is talk, Fofanova has heard, of negotiating with the Military District staff. # basis: quoted Trotsky to Bolshevik delegates, 24 Oct (Miéville)
{lenin_trotsky == 1: You told Trotsky once to make sure the government gave his committee cause. Since dawn it has given him nothing else, and he is still defending.}
{lenin_expelled == 1: And Kamenev, expelled or not, is at Smolny. So is Zinoviev. The Soviet's corridors are not the party's, and neither of them needs a pass from you to stand in them.}
-> lenin_shpalernaya_letter

=== lenin_shpalernaya_letter ===
# time: 1917-10-24 18:00
At six you sit down and write to the members of the Central Committee.
"The situation is critical in the extreme. In fact it is now absolutely clear that to delay the uprising would be fatal." Everything now hangs by a thread. The government must be arrested this very evening, this very night, the junkers disarmed first. "We must not wait! We may lose everything!" And the line that has been in you since September, only sharper for the wait: "History will not forgive revolutionaries for procrastinating when they could be victorious today (and they certainly will be victorious today), while they risk losing much tomorrow, in fact, they risk losing everything." # basis: quoted Lenin, letter to the Central Committee, evening of 24 Oct (CW 26)
Fofanova takes it to the Vyborg district committee, to go on to Smolny, with a question of yours: may you come?
She is a long time. When she comes back the answer is the same as the morning's. Stay.
{lenin_unity < 0: It comes back bare, in Sverdlov's hand, without a reason or a greeting. This month the Committee has learned to give you its decisions and keep its reasons.}
{lenin_unity == 0: Sverdlov has added the reasons, as a good secretary would: the patrols, the bridges, the warrant of July.}
{lenin_unity > 0: Sverdlov has added a line of his own: they need you whole tomorrow more than tonight. It is the kindest way anyone has found of telling you to sit still.}
* [Go tonight, whatever they say #historicity: historical]
    -> lenin_shpalernaya_go
* [Stay at Fofanova's, as the Committee asks #historicity: plausible L1]
    ~ lenin_route = 2
    -> lenin_shpalernaya_stay

=== lenin_shpalernaya_stay ===
# time: 1917-10-24 21:00
You stay. It is the hardest thing you have done this autumn, and you do it badly: you write three more notes, each shorter than the last, and send Fofanova out with each. The Committee is right, you tell yourself: a Lenin in a junker's hands is a gift Kerensky would frame. The Congress meets tomorrow. Let it take what the garrison has already given it.
{lenin_warrant == 1: Kerensky has given the Soviet its reason, as you told Fofanova at two. Tonight the Soviet is using it without you, at its own pace, which is the pace of defence.}
{lenin_warrant == 2: The list Fofanova brought at two has no name of yours on it, and needs none. It is the one argument for staying that you cannot answer.}
{lenin_warrant == 3: You answered Kerensky's case to a stove this afternoon. Tomorrow, if all goes as the Committee hopes, the Congress will answer it for you, by a vote, which is the one answer Kerensky cannot call a coup.}
Rahja sits by the door all night with his cap on his knee. Across the river, the committee at Smolny goes on defending.
-> lenin_end_congress

=== lenin_shpalernaya_go ===
# time: 1917-10-24 20:30
Rahja has come up the stairs with news that the bridges are watched. You tell him to find you a cap.
The disguise is an old one and a little absurd: the wig and a battered worker's cap, and, by one account, a cloth tied round your jaw and over your cheek, as if for a toothache. A man with a bad tooth is too wretched to be interesting. # basis: documented
On the kitchen table you leave a note for Fofanova, who will come home to an empty flat.
* [Write it plainly: "I have gone where you did not want me to go."]
    "I have gone where you did not want me to go." You sign it "Ilyich", as she would expect. # basis: quoted Lenin's note to Fofanova, 24 Oct (Fofanova's memoir via Miéville; wording varies)
    It is not an apology. She will know it is not an apology.
* [Write the same sentence, and thank her for the room]
    You write the sentence, and then, after a moment, that you are grateful for the room and the soup and the newspapers, and you sign it "Ilyich". It is more than you usually say to anyone. It is still not an apology. # basis: plausible
- -> lenin_shpalernaya_walk

=== lenin_shpalernaya_walk ===
# time: 1917-10-24 21:30
# place: finland_station
# ambience: street_night
A tram comes, nearly empty, going the right way. You ride it towards the Finland Station, where in April you came home and made a speech from an armoured car. Nobody on the tram looks at a man with a toothache. # sfx: tram_bell # basis: documented
You walk the rest. At the Liteiny Bridge there are soldiers, who ask for passes and argue among themselves about which passes are good tonight. Rahja argues louder. You cross the Neva in the rain with the water black and loud below, and turn left into Shpalernaya, under the long dark walls, towards Smolny. # bridge: liteiny lowered # sfx: footsteps_cobbles # basis: documented
-> lenin_shpalernaya_patrol

=== lenin_shpalernaya_patrol ===
# time: 1917-10-24 22:30
# place: shpalernaya
# weather: sleet
Hooves. Then shapes: a mounted junker patrol coming down Shpalernaya at a walk, three or four horses, and beside them on foot a young cadet with a rifle whose shoulder boards you cannot read in the dark. A voice calls on you to halt and show your papers. # basis: documented
Rahja's hand is on your sleeve. You have a forged pass in your pocket that will not survive a lamp. Behind the cloth is a face that some of the papers printed in July beside the word treason: not a face every junker knows, but one an officer with a lantern might.
{lenin_warrant == 1: If they take you now, Kerensky's orders of the morning will have caught the one man they were not written for, and given the Soviet a better reason than any you put on paper tonight.}
{lenin_warrant == 2: The list has no need of your name. If that officer looks twice, the warrant of July will do.}
{lenin_warrant == 3: You answered Kerensky's case to a stove this afternoon. You would rather not answer it to a lantern.}
* [Let Rahja do the talking #historicity: historical]
    -> lenin_shpalernaya_drunk
* [Answer them yourself, as a sober worker going home from a shift #historicity: plausible L2]
    -> lenin_shpalernaya_caught

=== lenin_shpalernaya_drunk ===
Accounts differ here: by one, Rahja played the drunk; by others, the patrol simply took you both for drunks or tramps. # basis: documented
Rahja lets go of your sleeve and becomes, in one stride, the loudest drunk on Shpalernaya. He tells the cadet that he has a brother in the army. He puts his arm round your neck and tells the whole patrol that his friend here has a tooth that is killing him and that vodka is the only cure, and where, he asks the officer with great sorrow, is a working man to find vodka in a city where it has been forbidden since 1914? # basis: plausible
You sway. You groan into the cloth, which is not entirely acting. # basis: plausible
The officer looks at the two of you for a long moment, decides you are exactly what you appear to be, and tells you to get off the street before he has you both locked up. The horses move on. The cadet on foot looks back once, a boy's face under a cap too big for it, and then he too is gone into the sleet. # basis: plausible
-> lenin_shpalernaya_gate

=== lenin_shpalernaya_gate ===
# time: 1917-10-24 23:30
# place: smolny
# ambience: crowd_corridor
Smolny stands at the end of the street with every window lit, vast, ochre, classical, like a finishing school for noble girls that has been taken over by an army, which is what it is. Bonfires at the gates; soldiers; lorries; a machine gun under a tarpaulin. And at the gate, a sentry checking passes, because the committee has tightened them today. Your pass is the wrong colour. So is Rahja's. # basis: documented
Rahja does not hesitate. He begins to shout that he is a member of the Soviet, that this is an outrage, that the Soviet's own members are kept standing in the rain by boys who cannot read. The people behind you take up the complaint, as people in a queue always will; someone pushes, someone pushes back, and in the crush that follows the sentries are overwhelmed by the very Soviet they are guarding. You go through the gate in the middle of it, cap down, jaw bandaged, carried like a cork. # basis: documented # sfx: crowd_shout
# scene: smolny_corridor
Inside, the long vaulted corridors, dim lamps, soldiers asleep on the floor, the smell of cabbage and wet greatcoats. It is the most beautiful building you have ever seen. # basis: documented
~ lenin_warrant = 0
~ lenin_trotsky = 0
-> lenin_smolny

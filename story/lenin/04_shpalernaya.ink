// Lenin, chapter 4: Tuesday 24 October 1917 (Old Style). The raid on the Trud press, the letter of the evening,
// the choice to go (L1), the walk with Rahja past the junker patrol on Shpalernaya (L2), the crush at the Smolny gate.
// Facts: bible sections 1 (rows 9, 12), 2.2, 6.1 (L1, L2), 7 (#1, #5, #13, #14). Crossing with the junker's
// campaign: about 22:30, mounted junkers with a Peterhof cadet on foot; Rahja plays the loud drunk.

=== lenin_shpalernaya ===
# chapter: History Will Not Forgive
# time: 1917-10-24 08:00
# place: fofanova_flat
# weather: rain
# ambience: interior_quiet
# paper: telegram Junkers and militia raid the Trud press: Rabochii Put' and Soldat seized
Tuesday, 24 October 1917, Old Style; in the West, the sixth of November. Kerensky has struck, as you said he would, and at what you said he would.
Before dawn, militia and junkers went into the Trud printing works, where Rabochii Put' and the soldiers' paper Soldat are printed. They carried out the night's copies by the thousand, smashed what they could of the type, and sealed the doors. For balance, as the ministers like to say, they have also closed two papers of the far right. # map: trud_press government # basis: documented
Fofanova brings the rest in pieces through the morning. Trotsky rang the party's publishing house at first light and woke Lomov: "Kerensky is on the offensive! We need everyone at Smolny!" The Military Revolutionary Committee has sent out its first directive: the regiments to be ready, and any delay to be counted a betrayal of the revolution. By eleven a company of the Litovsky Regiment and the 6th Sapper Battalion, sent by the committee, have broken the seals at Trud, and the presses are running again. # map: trud_press mrc # basis: quoted Trotsky to Lomov, 24 Oct (Lomov's memoir, via Miéville)
And the Central Committee has met at Smolny, without you. Its members have their tasks: the posts and telegraph, the railways, food. A reserve staff is to be set up in the Peter and Paul Fortress, with Sverdlov to keep the line to it. About you there is one decision, and Fofanova gives it to you word for word because she agrees with it: you are to stay where you are. # basis: documented
-> lenin_shpalernaya_afternoon

=== lenin_shpalernaya_afternoon ===
# time: 1917-10-24 16:00
In the afternoon the government raises the bridges. The Nikolaevsky goes up, and the Liteiny; the Palace Bridge is left down and held by junkers. Schools send the children home; shops put up their shutters; the trams thin out. Fofanova, sent to see for herself, comes back to say that at the Liteiny a crowd of workers surrounded the cadets holding the bridge and the cadets gave it up, and that the spans are coming down again. # bridge: nikolaevsky raised # bridge: liteiny lowered # basis: documented
And the news from Smolny is worse than the bridges. Trotsky has told the party's delegates that it would be a mistake to arrest the government: "This is defence, comrades. This is defence." The committee is holding what it has and waiting for the Congress tomorrow. There is talk, Fofanova has heard, of negotiating with the Military District staff. # basis: quoted Trotsky to Bolshevik delegates, 24 Oct (Miéville)
{lenin_expelled == 1: And Kamenev, expelled or not, is at Smolny. So is Zinoviev. The Soviet's corridors are not the party's, and neither of them needs a pass from you to stand in them.}
-> lenin_shpalernaya_letter

=== lenin_shpalernaya_letter ===
# time: 1917-10-24 18:00
# sfx: clock_strike
At six you sit down and write to the members of the Central Committee.
"The situation is critical in the extreme. In fact it is now absolutely clear that to delay the uprising would be fatal." Everything now hangs by a thread. The government must be arrested this very evening, this very night, the junkers disarmed first. "We must not wait! We may lose everything!" And the line that has been in you since September, only sharper for the wait: "History will not forgive revolutionaries for procrastinating when they could be victorious today (and they certainly will be victorious today), while they risk losing much tomorrow, in fact, they risk losing everything." # basis: quoted Lenin, letter to the Central Committee, evening of 24 Oct (CW 26)
Fofanova takes it to the Vyborg district committee, to go on to Smolny, with a question of yours: may you come?
She is a long time. When she comes back the answer is the same as the morning's. Stay.
* [Go tonight, whatever they say #historicity: historical]
    -> lenin_shpalernaya_go
* [Stay at Fofanova's, as the Committee asks #historicity: plausible L1]
    ~ lenin_route = 2
    -> lenin_shpalernaya_stay

=== lenin_shpalernaya_stay ===
# time: 1917-10-24 21:00
You stay. It is the hardest thing you have done this autumn, and you do it badly: you write three more notes, each shorter than the last, and send Fofanova out with each. The Committee is right, you tell yourself: a Lenin in a junker's hands is a gift Kerensky would frame. The Congress meets tomorrow. Let it take what the garrison has already given it.
Rahja sits by the door all night with his cap on his knee. Across the river, the committee at Smolny goes on defending.
-> lenin_end_congress

=== lenin_shpalernaya_go ===
# time: 1917-10-24 20:30
Rahja has come up the stairs with news that the bridges are watched. You tell him to find you a cap.
The disguise is an old one and a little absurd: the wig, a battered worker's cap, and a cloth tied round your jaw and over your cheek, as if for a toothache. A man with a bad tooth is too wretched to be interesting. # basis: documented
On the kitchen table you leave a note for Fofanova, who will come home to an empty flat.
* [Write it plainly: "I have gone where you did not want me to go."]
    ~ lenin_unity = lenin_clamp(lenin_unity - 1, -1, 1)
    You write the sentence and sign it with the one letter she will know. It is not an apology. She will know it is not an apology. # basis: quoted Lenin's note to Fofanova, 24 Oct (Fofanova's memoir via Miéville; wording varies)
* [Write the same sentence, and thank her for the room]
    You write that you have gone where she did not want you to go, and then, after a moment, that you are grateful for the room and the soup and the newspapers. It is more than you usually say to anyone. It is still not an apology. # basis: quoted Lenin's note to Fofanova, 24 Oct (Fofanova's memoir via Miéville; wording varies)
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
# weather: sleet
Hooves. Then shapes: a mounted junker patrol coming down Shpalernaya at a walk, three or four horses, and beside them on foot a young cadet with a rifle whose shoulder boards you cannot read in the dark. A voice calls on you to halt and show your papers. # basis: documented
Rahja's hand is on your sleeve. You have a forged pass in your pocket that will not survive a lamp. Behind the cloth your face is the face on the posters of July.
* [Let Rahja do the talking #historicity: historical]
    -> lenin_shpalernaya_drunk
* [Answer them yourself, as a sober worker going home from a shift #historicity: plausible L2]
    -> lenin_shpalernaya_caught

=== lenin_shpalernaya_drunk ===
Rahja lets go of your sleeve and becomes, in one stride, the loudest drunk on Shpalernaya. He tells the horses that he is a peaceful man. He tells the cadet that he has a brother in the army. He puts his arm round your neck and tells the whole patrol that his friend here has a tooth that is killing him and that vodka is the only cure, and where, he asks the officer with great sorrow, is a working man to find vodka in a city where it has been forbidden since 1914?
You sway. You groan into the cloth, which is not entirely acting. # basis: documented
The officer looks at the two of you for a long moment, decides you are exactly what you appear to be, and tells you to get off the street before he has you both locked up. The horses move on. The cadet on foot looks back once, a boy's face under a cap too big for it, and then he too is gone into the sleet. # basis: documented
-> lenin_shpalernaya_gate

=== lenin_shpalernaya_gate ===
# time: 1917-10-24 23:30
# place: smolny
# ambience: crowd_corridor
Smolny stands at the end of the street with every window lit, vast, ochre, classical, like a finishing school for noble girls that has been taken over by an army, which is what it is. Bonfires at the gates; soldiers; lorries; a machine gun under a tarpaulin. And at the gate, a sentry checking passes, because the committee has tightened them today. Your pass is the wrong colour. So is Rahja's. # basis: documented
Rahja does not hesitate. He begins to shout that he is a member of the Soviet, that this is an outrage, that the Soviet's own members are kept standing in the rain by boys who cannot read. The people behind you take up the complaint, as people in a queue always will; someone pushes, someone pushes back, and in the crush that follows the sentries are overwhelmed by the very Soviet they are guarding. You go through the gate in the middle of it, hat down, jaw bandaged, carried like a cork. # basis: documented # sfx: crowd_shout
# scene: smolny_corridor
Inside, the long vaulted corridors, dim lamps, soldiers asleep on the floor, the smell of cabbage and wet greatcoats. It is the most beautiful building you have ever seen. # basis: documented
-> lenin_smolny

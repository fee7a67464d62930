// The Junker, chapter 4: The Night of the Palace
// 25 October 1917, 19:10 - 26 October, 02:15 (Old Style) = 7-8 November (New Style).
// The ultimatum, the first approach, the Aurora's blank, the women's sortie (J5), leaving (J2), the fortress
// guns, the Duma march (J6), the infiltration and a wounded enemy, the last door (J1), the arrest at 02:10.

// whom he stood up for: 0 nobody, 1 Nadya (a woman soldier), 2 Savely (a wounded enemy), 3 both
VAR junker_ally = 0
// the first approach at eight: 1 fired when ordered, 2 fired high, 3 did not fire (read at the last door)
VAR junker_fired = 0

=== junker_ch4 ===
~ junker_fold()
# chapter: The Night of the Palace
# time: 1917-10-25 19:10
# place: winter_palace
# weather: rain
# paper: telegram To all, all, all!
# ambience: interior_quiet
It is ten past seven in the evening of Wednesday the 25th of October, the 7th of November in the West, and the ultimatum has come and gone. Cyclists brought it from the fortress at half past six, signed by Antonov-Ovseenko: surrender within twenty minutes, or the Aurora and the fortress guns will open fire. The twenty minutes passed. Nobody fired. The General Staff building across the square has gone over. # basis: documented
# map: general_staff mrc

Upstairs, the word comes down, the ministers had supper of borscht, steamed fish and artichokes, and sent a telegram to the country, "To all, all, all!", which says the Soviet demands that power be yielded under threat of shelling, and ends: "We have decided not to surrender and to put ourselves under the protection of the people." Then they moved from the Malachite Room, which faces the fortress, into a smaller room further in with a working telephone. # basis: quoted last telegram of the Provisional Government, 25 Oct

"The protection of the people," says {junker_partner == 1: Kostya. "That's us, Mitya. We're the people."|Grisha. "Which people? The ones outside?"}
{junker_noon.listened: You remember the voices in the Malachite Room at noon: there is nobody left to telephone. Now they have telephoned the whole country, by telegram, and it comes to the same thing.}

# time: 1917-10-25 20:00
# place: palace_square
# scene: palace_square_night
# ambience: street_night
At eight the Cossacks go. You watch from the ground-floor windows as they lead their horses out of the courtyard, two hundred men and a machine-gun team, quietly, without looking at the windows. Prince Bagratuni, the district commander appointed this morning, leaves the same hour. Nobody stops any of them. # basis: documented
{junker_right == 1: With the prince's staff goes the captain from the arch, for Russia and not for him, and you understand at last that the rest of you were never in his reckoning.}{junker_right == 2: With the prince's staff goes the captain from the arch who let the government fall in his head this morning. Now he is letting it fall with his feet.}{junker_right == 3: With the prince's staff goes the captain from the arch. He sees you at the window and touches his cap, with a small smile, as if to say: mutiny, cadet?}
~ junker_right = 0

Almost at once there is shouting on the square, and shapes running from the direction of the arch, and a post of junkers out by the barricade is surrounded and disarmed in a minute. Then rifles crack from the second floor at the Hermitage end, where the women are, and the shapes scatter back into the dark. # basis: documented # sfx: volley

"Fire on the square!" comes down the line of windows. Your rifle is on the sill. Out there men are running, bent double, across the wet stones.

* [Fire when ordered #historicity: historical]
    ~ junker_up(junker_courage)
    ~ junker_fired = 1
    You fire, and work the bolt, and fire again, at the dark, at the running shapes, and do not know whether you hit anything. Nobody ever will know. The square empties. Your ears sing, and your hands do not shake until afterwards, and then they do. # basis: plausible
* [Fire high, over their heads]
    ~ junker_up(junker_conscience)
    ~ junker_fired = 2
    You fire high, over the running shapes, into the dark above the arch. It is a lie told with a rifle, and it is the first thing you have decided for yourself in two days. Nobody notices. The square empties. # basis: plausible
* [Keep your finger off the trigger]
    ~ junker_up(junker_conscience)
    ~ junker_fired = 3
    You aim, and you do not fire. Beside you rifles bang and bolts rattle, and you stay with your cheek on the cold stock and your finger straight along the guard, and nobody notices that either. The square empties. # basis: plausible
- 
{junker_partner == 1: Kostya is laughing, high and shaky. "They ran! Mitya, they ran!"|Grisha has not fired. You see it in his face, and he sees that you see. Neither of you says anything.}
-> junker_blank

=== junker_blank ===
# time: 1917-10-25 21:40
# place: winter_palace
# ship: aurora admiralty
At twenty to ten the world splits. A flat enormous crash from the river, bigger than any sound you have ever heard, so that the windows jump in their frames and every man in the room is on the floor before he knows it. It rolls away down the Neva and comes back off the buildings. # basis: documented # sfx: aurora_blank

Then nothing. No second shot, no falling masonry, no fire. Ustinov gets up first and brushes his knees. "Blank," he says. "Six-inch, from the cruiser. A live shell makes less noise. That was for our nerves." # basis: plausible
It was a single blank, louder than a live round, and upstairs, you hear later, the ministers lay down on the floor too. # basis: documented
{junker_fired == 1: You find that you have grabbed your rifle as you fell, and that your hands are shaking now, an hour and a half late: somewhere out on the square there may be a man you hit, and the cruiser has just told you what the other side can do if it likes.}{junker_fired == 2: You think of your shots over the arch. The cruiser has just fired a blank over all your heads: a lie told with a gun, like yours, and no kinder.}{junker_fired == 3: Your rifle lies on the floor beside you, not yet fired tonight. Lying there, you are glad of it, and ashamed to be glad.}
~ junker_fired = 0

# time: 1917-10-25 22:05
The nerves go anyway. Along the corridors the talk is of nothing but leaving. The Oranienbaum men have negotiated their own way out and are forming up with their rifles by a side door. And the women are forming up too, at the Hermitage end, with their bayonets fixed: somebody has told them General Alekseev is held prisoner in the General Staff building across the square, and they are going to get him out. # basis: documented

Nadya Orlova is in the second rank, buttoning her collar. {junker_nadya == 1: She sees you and calls across, "Still just here, cadet?" and does not wait for an answer.}{junker_nadya == 2: She sees you and lifts her chin. "Relieved at last," she says, and nearly smiles.}{junker_nadya == 3: She sees you. "Your soldier with the open hand," she says as she passes. "If I meet him out there, I'll give him your regards."}{junker_nadya == 0: She sees you and lifts her chin.} # basis: invented
The door opens on the dark and they go out at the double across the square towards the arch, thirty or forty of them, and the dark swallows them. Shots. Shouting. Then much more shouting, and no more shots. # basis: documented
~ junker_nadya = 0

* [Stay at your window #historicity: historical]
    ~ junker_up(junker_comradeship)
    You stay, because your place is here and because you cannot think what else to do. After a quarter of an hour word comes back from somewhere: the women were surrounded under the arch and have given up their rifles. General Alekseev was never there. They will be taken to the Pavlovsky barracks. You think of Nadya in the second rank, buttoning her collar. # basis: documented
    -> junker_guns
* [Go out after the women and bring back whom you can #historicity: plausible J5]
    -> junker_sortie
* [Go out with the Oranienbaum men #historicity: plausible J2]
    -> junker_left

=== junker_sortie ===
~ junker_ally = 1
~ junker_up(junker_courage)
You are out of the door before you have thought, and {junker_partner == 1: Kostya after you, swearing,|Grisha after you, without a word,} and three more of the section, bent double across the wet square towards the arch. It is much farther than it looks from the windows. # basis: invented

Under the arch there is a lamp, and soldiers, and the women in a huddle with their hands up, and a soldier pulling at one of them by the shoulder strap, and others laughing. At the near edge, in the dark, a woman is sitting on the cobbles holding her ankle. It is Nadya. # basis: invented

You get her under the arms. Nobody sees, or nobody cares; all eyes are on the huddle under the lamp. {junker_partner == 1: Kostya|Grisha} takes her other side and you run her back across the square, stumbling, her rifle banging on your back, and the door opens for you and slams behind. Two more women come in after you, brought by the others. The rest are gone. # basis: invented # sfx: door_slam

Nadya sits on the floor with her back to the wall and her boot off and says nothing for a long time. Then: "They were tearing the straps off Vera's shoulders. I saw it." And then: "Thank you, cadet. Don't do it again. It was stupid." # basis: invented
-> junker_guns

=== junker_guns ===
# time: 1917-10-25 23:00
# place: winter_palace
# ambience: rain_river
At eleven the fortress guns open fire. This time it is not blank. You hear the thud across the water and the shriek, and then nothing, and then another, and somewhere high on the river front a crash and a long patter of falling plaster. Most of the shells go over, or fall short into the river, or burst in shrapnel in the air above the square. One hits the cornice. One goes through a window on the third floor. Nobody near you is hurt. # basis: documented # sfx: fortress_guns

Between the shots, astonishingly, a tram goes over the Palace Bridge with all its lamps lit, as if this were any Wednesday night. # basis: documented
# sfx: tram_bell

# time: 1917-10-25 23:40
Then Palchinsky is in the corridor, glowing, with news for every post: the City Duma is coming, and the clergy with it, unarmed, through the city to stand with the government. # basis: documented

The ground floor cheers. Boys who have not eaten since morning throw their caps in the air. {junker_partner == 1: Kostya is hugging people he has never met.|Even Grisha smiles.} # basis: documented # sfx: crowd_shout

* [Cheer with the others, and wait for them #historicity: historical]
    ~ junker_up(junker_comradeship)
    You cheer with the others, and you wait at the windows for the lanterns. You wait an hour. They do not come. Much later you will learn who they were: the mayor and the Duma's councillors, members of the Soviet's old Executive Committee who had walked out of the Congress, and Prokopovich, the food minister, three or four hundred in all, with lanterns and umbrellas and food for the defenders. A cordon of sailors stopped them at the Catherine Canal and told the mayor of Petrograd, "We will spank you!", and after some speeches they turned back. # basis: quoted a sailor to the Duma marchers (Reed)
    -> junker_flood
* [Volunteer to go out and bring them through #historicity: speculative J6]
    -> junker_duma_march

=== junker_flood ===
# time: 1917-10-26 01:10
# scene: palace_corridor
# ambience: crowd_corridor
After midnight the palace begins to fill from inside. From the Hermitage side, from the hospital, from back stairs that nobody guarded, little groups of soldiers and sailors and workers come along the corridors, lost, as you were lost yesterday. Some are taken prisoner by junkers; some take the junkers prisoner; some prisoners talk their captors round. It is not a battle. It is a flood coming up through the floor. # basis: documented

Somewhere above, somebody drops a grenade down a stairwell. The crash shakes dust from the ceiling, and then there is screaming. Two junkers are wounded. You see Kishkin, the minister, a doctor before he was anything else, on his knees in the corridor with his frock coat off, bandaging one of them with strips of somebody's shirt. # basis: documented

At the foot of the back stairs a man in a soldier's greatcoat is lying on his side where the blast threw him, with blood running from under his cap into a week's stubble. Two of your own school are standing over him with their bayonets, not sure what to do. It is Savely. # basis: invented

He opens his eyes and knows you. "Student," he says. "Told you. Nobody needs to die on a bridge." He tries to laugh and stops. # basis: invented

* [Carry him up to the hospital]
    ~ junker_ally = junker_ally + 2
    ~ junker_up(junker_conscience)
    "He's wounded. Help me." The two look at each other, then sling their rifles, and the three of you carry him up the back stairs to the hospital, where the sister in the white headdress takes one look and clears a bed, as if a wounded man were only a wounded man. Savely grips your sleeve before you go. "Voronin," he says. "I'll remember it." # basis: invented
* [Leave him to the others: your place is at the door]
    ~ junker_up(junker_courage)
    "Take him up to the hospital," you tell the other two, and you go on up the stairs towards the ministers' rooms, where the section is, because that is your post. You do not look back. Later you will wish you had. # basis: invented
- -> junker_door

=== junker_door ===
# time: 1917-10-26 02:00
# place: winter_palace
# scene: palace_corridor
By two in the morning your section is all that stands between the stairs and the inner rooms: a dozen cadets across a corridor of gilt and parquet, with the ministers behind the doors at your backs. Ustinov is with you. So is {junker_partner == 1: Kostya, with his rifle at his shoulder and tears running down his face that he does not seem to notice|Grisha, grey, with his rifle held crosswise like a barrier rather than a weapon}. # basis: documented

Up the stairs comes the noise of a crowd, hundreds of voices, boots on marble, and at the turn of the stair the first of them appear: soldiers, sailors in black jackets, workers in caps with rifles on string, and in front, pushed along by them, a small man in a wide hat with long hair and spectacles, shouting something that nobody can hear. # basis: documented # sfx: footsteps_parquet

Ustinov looks at you. "Voronin. Go in and ask them. What does the government command?"

* [Go in and ask the ministers what they command #historicity: historical]
    -> junker_surrender
* [Stay at the door and open fire on the stair #historicity: plausible J1]
    -> junker_last_stand

=== junker_surrender ===
# scene: small_dining_room
# ambience: interior_quiet
You open the door. The small room beyond has a round table, a mantel clock, curtains drawn, and sixteen or seventeen men in the light of one lamp, most in frock coats and two in uniform, an admiral and a general, who all turn to you at once. # basis: documented

"What does the Provisional Government command?" you say. Your voice is somebody else's. "Defend to the last man?" # basis: quoted a junker to the ministers (Maliantovich)

Several of them speak at once. "No! It's useless! No bloodshed! Surrender!" Kishkin, the doctor, with blood on his cuffs, comes to you and puts his hand on your arm. "Tell them we do not want bloodshed. We yield to force. We surrender." # basis: quoted the ministers and Kishkin (Maliantovich's memoir)

You go back out and say it to Ustinov, and he says it to the stair, and the section grounds its rifles on the parquet.

# time: 1917-10-26 02:10
# map: winter_palace mrc
The crowd comes through like water through a sluice, and the small man in the wide hat is carried into the room ahead of it. "In the name of the Military Revolutionary Committee, I pronounce you arrested!" he shouts. Konovalov, at the table, answers for them all: "The members of the Provisional Government yield to force and surrender in order to avoid bloodshed." The clock on the mantel says ten past two. # basis: quoted Antonov-Ovseenko and Konovalov (Antonov-Ovseenko's memoir)

Men are shouting for Kerensky, looking behind curtains, under the table. He is not there. He has been gone since eleven this morning, in his own car. # basis: documented
-> junker_ch5

=== junker_last_stand ===
# scene: palace_corridor
"Not without orders," says Ustinov, but you have already raised your rifle, and when you fire the whole line fires with you, because that is what lines do. # basis: invented # sfx: volley

The stair is packed too tight for anyone to fall. Then it answers. For a minute, or ten, the corridor is nothing but noise and smoke and plaster dust, splinters jumping from the gilt doorframes, a grenade bouncing on the parquet and {junker_partner == 1: Kostya kicking it away down the corridor before it bursts|Grisha throwing himself on you as it bursts}. Something hits you in the side like a thrown brick. # basis: invented

You are on the floor. The firing stops, because behind you a door has opened and a man in a frock coat is shouting "No bloodshed! Surrender!" into the smoke, and the crowd comes over you like water. # basis: plausible

# time: 1917-10-26 02:10
# map: winter_palace mrc
# scene: palace_hospital
# ambience: interior_quiet
You come to in the hospital, in a ball-room bed, with your side strapped and a sister you know holding a cup to your mouth. {junker_ally >= 2: In the next bed, his head bandaged, is Savely. He has been telling the sailors who came looking for junkers that the boy in this bed carried him upstairs. They went away.} {junker_ally == 1: At the foot of the bed, in a borrowed hospital gown over her uniform trousers, sits Nadya Orlova, who has told the sailors you are her brother.} It is ten past two. The ministers have been arrested. The palace has fallen all the same. # basis: invented

Towards dawn a sailor with a list comes down the ward, asking each bed the same question: who fired on the stair by the Small Dining Room?

* (owned) [Say that you did]
    "I did," you say, "first. The others fired because I did." The sailor writes something, looks at your strapped side, and goes on to the next bed without a word. # basis: invented
* [Let the sister answer for you]
    The sister says that nobody in her ward fired at anybody, and stands between the sailor and your bed until he goes. # basis: invented
-
-> junker_end_last_door

=== junker_end_last_door ===
# time: 1917-10-26 13:00
# ambience: interior_quiet
At one in the afternoon the sailor comes back with two others and the list, and a doctor who looks at your strapped side and says you can walk. {junker_last_stand.owned: Your name is the first on the list, in your own words: first, without orders.|Your name is not on the list; Ustinov's is, and the section's, and the sailor says that the section will do.} The sister says that nobody leaves her ward without a stretcher, and is told that the fortress has a hospital too. # basis: invented
{junker_ally >= 2: Savely, in the next bed, gets up on one elbow and tells the sailors that you carried him upstairs under fire. "Then he can walk down," says the sailor, not unkindly.} # basis: invented
# time: 1917-10-26 15:00
# place: peter_paul
# map: peter_paul mrc
You cross the Troitsky Bridge on foot, as the ministers crossed it twelve hours before you, with a sailor on each side and the wind off the river in your wound. Nobody in the crowd on the bridge knows what you did on the stair. They shout at you for your shoulder boards alone. # basis: plausible
~ junker_cell = 1
-> junker_bastion

// ---------------------------------------------------------------- the speculative branch: J6
=== junker_duma_march ===
# time: 1917-10-26 00:05
# place: nevsky
# scene: map
# ambience: street_night
Ustinov lets you go, with four others and a white towel on a bayonet, out through the Millionnaya side, where the cordon is thinnest, and round by the Moika. It is madness, and you know it, and nobody shoots at you, because a white towel and four boys in the rain are not worth a bullet. # basis: invented

At the Catherine Canal, by the Kazan Cathedral, under an arc-lamp, you find them: three or four hundred people in good coats, with lanterns and umbrellas and parcels of food for the defenders, the mayor Shreider, the food minister Prokopovich, councillors of the Duma, members of the Soviet's old Executive Committee, stopped by a cordon of sailors. A sailor is telling the mayor of Petrograd: "We will spank you!" # basis: quoted a sailor to the Duma marchers (Reed)

* [Lead them round by the side streets, past the cordon #historicity: speculative]
    ~ junker_up(junker_courage)
    -> junker_duma_through
* [Tell Prokopovich there is no way through, and go back]
    You push through to Prokopovich, a tired man in pince-nez, and tell him the truth: the square is ringed, there is no way in but through the sailors, and the palace is filling from inside. He thanks you very courteously. After a while the marchers turn round and go back along the Nevsky, singing the Marseillaise, and you and the four go back the way you came. # basis: plausible
    -> junker_flood

=== junker_duma_through ===
# time: 1917-10-26 00:50
# place: palace_square
# scene: palace_square_night
You know the way now, the way the other side has learned it: not through the cordon but round it, along the Moika and in by the Millionnaya. In the rain and the dark nobody has orders to stop a procession of old men and councillors. By one in the morning the mayor of Petrograd is standing in Palace Square, singing the Marseillaise with his lantern held up to the windows, and the junkers are leaning out and weeping. # basis: invented

The firing stops. On the fortress, on the cruiser, at Smolny, somebody has to decide whether to shell a palace with the city's elected council inside it. # basis: invented

# time: 1917-10-26 07:00
# place: winter_palace
# scene: malachite_room
# ambience: palace_rooms
Nobody decides. At dawn the palace is still ringed, and still the government's, and full of councillors eating the junkers' bread and junkers eating the councillors' sausage. At Smolny, it is said, Martov's motion for talks on a government of all the socialist parties has new friends. # basis: invented

Towards noon a delegation crosses the square under a white flag, and this time nobody shouts "Arrest!" The ministers go out to the General Staff building to talk, and do not come back; the talks go on somewhere else. # basis: invented

What historians argue: this ending is speculative. The real Duma march was stopped at the Catherine Canal and went home, and the palace fell at ten past two; what the marchers would have changed by arriving, nobody has shown. The Military Revolutionary Committee had let its deadlines slip all day and dressed the rising as the Congress's defence, so it is our own reasoning that a palace full of elected councillors might have bought a night and some talks. But the garrison, the fleet and the factories were with the Committee, and Mawdsley, in Brenton's Was Revolution Inevitable?, judges the divisions among its opponents unavoidable: a day would not have healed them. # basis: plausible
~ junker_ending = 6
-> junker_fates ->
At dusk the school is marched out with its rifles and its honour, and nowhere in particular to go. # ending: junker_duma
-> END

// ---------------------------------------------------------------- leaving with the Oranienbaum men: J2
=== junker_left ===
# time: 1917-10-25 22:20
# place: palace_square
# scene: palace_square_night
You go with the Oranienbaum men, a column of sixty, out of the side door into the dark with your rifles slung, and nobody in the palace calls you back. {junker_partner == 1: Kostya does not come. He stands in the doorway with his arms folded and watches you go, and you will see that doorway for the rest of your life.|Grisha does not come. "One of us should see it out," he says, and grips your hand, and goes back in.} # basis: plausible

At the edge of the square a cordon of soldiers waits under the lamps. The column halts, and a soldier with a red bow walks down it, taking rifles from one hand after another the way a conductor takes tickets. "Go home, boys," he says. "You've done your bit." Nobody asks your name. Nobody makes you promise anything. # basis: plausible

Behind you, as you walk away up the Millionnaya, the palace is a black cliff with a few lit windows, and somewhere in it your school. {junker_comradeship >= 2: You count the windows of the ground floor and guess which is yours.} At eleven, from Aunt Zina's side of the river, you hear the fortress guns begin. # basis: documented
-> junker_keep_out

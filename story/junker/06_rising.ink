// The Junker, chapter 6: The Twenty-Ninth
// 28 October - November 1917 (Old Style) = 10 November onwards (New Style).
// The junker rising of 29 October (J4): keep the word or break it; the telephone exchange, the Vladimir school,
// Pulkovo; and the endings, each with what became of the people met.

=== junker_ch6 ===
~ junker_fold()
# chapter: The Twenty-Ninth
# time: 1917-10-28 21:30
# place: nevsky
# weather: rain
# paper: izvestia Decree on Peace
# ambience: interior_quiet
On the evening of Saturday the 28th of October, the 10th of November in the West, you buy yesterday's paper at a kiosk on the Nevsky and read it under a lamp: the Congress's decree on peace, a peace without annexations or indemnities offered to every nation at war, and the decree on land, the landlords' estates to the peasants without compensation. You think of Savely's village. # basis: documented
{junker_case == 1: Lower down, the new Council of People's Commissars calls itself a provisional government, until the Constituent Assembly meets. You think of Stepan on his heels with his rifle across his knees: nobody's called the vote off. You argued for that vote; now you will have to watch whether they let it count.}{junker_case == 2: Lower down is the list of the People's Commissars, and at the head of it, chairman, Vladimir Ulyanov (Lenin). Every name on the list is a Bolshevik's. You think of Stepan saying nobody asked Lenin, and you wonder who asked the list.}{junker_case == 3: You think of Stepan getting up with his knees cracking: read the papers this week. Well, here they are, and they say peace and land, and you cannot find the sentence in them that makes your rifle in the palace right.}
~ junker_case = 0

Kerensky is coming back, they say, with Krasnov's Cossacks, who took Gatchina yesterday and are at Tsarskoe Selo tonight; factory sirens call the Red Guards out to dig trenches. # basis: documented
# sfx: door_knock

At ten, back at Aunt Zina's on the 7th Line, there is a knock: Rybakov, the portupei-junker from the bridge, in a civilian coat too big for him. "Tomorrow at dawn," he says. "The Committee for the Salvation of the Motherland and the Revolution. Colonel Polkovnikov commands. The engineers hold the Mikhailovsky Castle; we take the telephone exchange and hold the city for a day, until Krasnov comes in. The Vladimir school is with us. This time we are not waiting in a palace for somebody to come and arrest us." # basis: plausible

{junker_parole == 1: "I gave my word," you say. "So did I," says Rybakov. "To a sailor with a list."}{junker_parole == 2: "I gave my word," you say, and he sees your face and smiles. "You never meant it. Neither did I."}{junker_parole == 0: "Nobody asked for your word," he says. "You're the lucky ones."}

* [Stay at the table #historicity: historical]
    ~ junker_up(junker_conscience)
    {junker_parole >= 1: "I gave my word," you say again. "Out loud, to a man with a list. I'll keep it."|"No," you say. "I walked away once. I'm not walking back."} Rybakov looks at you for a long moment, then nods, and goes down the stairs without saying goodbye. Aunt Zina, who has heard everything through the wall, puts her hand on your head as she passes, as if you were six. # basis: plausible
    -> junker_aside
* [Go with Rybakov to the Engineers' Castle #historicity: plausible J4]
    ~ junker_up(junker_courage)
    You take your greatcoat off the hook. Aunt Zina stands in the kitchen doorway and says nothing, and her silence follows you down the stairs. # basis: plausible
    -> junker_rising

=== junker_aside ===
# time: 1917-10-29 11:00
# sfx: rifle_shot
On Sunday the 29th the city fights without you. You hear it from the 7th Line: rifle fire across the river from dawn, armoured cars grinding along the embankments, and in the afternoon, from the Petrograd Side, the flat bang of a field gun firing at close range, again and again. # basis: documented # sfx: machine_gun_far

By evening everyone knows. The junkers took the telephone exchange for a few hours, and even captured Antonov-Ovseenko there, and the Engineers' Castle was their headquarters. The Vladimir school on Grebetskaya Street, on the Petrograd Side, was fired on by a three-inch gun at point-blank range and stormed at a quarter past three, and the sailors did things to the cadets inside that even Trotsky would later call outrages. More than two hundred killed and wounded on both sides that day. It was the bloodiest day the city had in October. # basis: documented

* (looked) [Go down to the embankment and see for yourself]
    You walk down to the Neva in the dusk. On the University Embankment a lorry comes over from the Petrograd Side with sailors standing in the back, and lying on its floor under a tarpaulin are boys in junkers' greatcoats who do not move. You go home and do not tell Aunt Zina what you saw. # basis: plausible
* [Stay in with Aunt Zina and keep the door shut]
    You stay in. Aunt Zina plays patience at the kitchen table and lets you cheat, and at every lorry in the street you both stop and listen until it has gone. # basis: invented
-
# time: 1917-10-30 15:00
On Monday, from far to the south, you hear the guns on the Pulkovo heights. By night they have stopped. Krasnov's Cossacks have gone back to Gatchina. # basis: documented

{junker_parole == 0: -> junker_home_late}
-> junker_end_parole

=== junker_end_parole ===
# time: 1917-11-20 12:00
# place: nikolaevsky_station
# scene: map
# ambience: off
In the third week of November you take the train home to Staraya Russa from the Nikolaevsky Station, on a ticket that nobody checks, with your word kept and your shoulder boards in your pocket. {junker_aside.looked: You have not slept a whole night since the lorry on the embankment.} Your mother reads the letter you wrote on the 24th, which you deliver yourself, and then she reads your face. Lida asks whether you saw Lenin. {junker_lenin: You tell her you might have, once, on a dark street, with toothache, and she does not believe you, and you are not sure you do either.|You say no, and it is true.} # basis: invented

This is the historical road, or one of them. The junkers taken at the Winter Palace were mostly let go on their word not to fight the Soviet power, and many kept it; many others broke it on the 29th, at the telephone exchange and the Engineers' Castle. The cadets of the Vladimir school, who paid the most for that day, had never been at the palace and had given no word to break. Of those who survived, some went home, and some went south to the Don, where General Alekseev was raising what became the Volunteer Army. # basis: documented

What became of them. {junker_partner == 1: Kostya Gerasimov broke his parole on the 29th, came through the telephone exchange with a bayonet cut on his hand, and went south to the Don in December. He was killed in the spring, in the Kuban.|Grisha Lapin went back to the Narva Gate and the Putilov works. He and his brother Stepan did not speak of the night of the 25th, then or ever.} Lieutenant Ustinov wrote to you once, from Kiev, and then not again. {junker_ally == 1 || junker_ally == 3: Nadya Orlova and the women of her company were released within days, when the British military attaché, General Knox, went to Smolny and asked; she went back to nursing.}{junker_ally >= 2: Savely went home to Tver province before the snow, to the landlord's fields, which were his village's now, by decree.} # basis: invented

Of the real people: Kerensky escaped from Gatchina in disguise on the 1st of November and died in New York in 1970. General Krasnov, released on his word not to fight, broke it, became Ataman of the Don, and was hanged in Moscow in 1947. Konovalov and Tereshchenko died abroad; Kishkin worked in Soviet public health; Palchinsky was shot in 1929, Antonov-Ovseenko in 1938. Chudnovsky, whom the junkers freed on the evening of the 25th, was wounded at Pulkovo and killed in the Ukraine the following spring. # basis: documented

You kept your word. Nobody you gave it to ever knew. # ending: junker_parole
-> END

// ---------------------------------------------------------------- the rising: J4
=== junker_rising ===
# time: 1917-10-29 04:30
# place: engineers_castle
# map: engineers_castle government
# ambience: interior_quiet
At half past four on Sunday the 29th the Engineers' Castle holds some two hundred and thirty cadets of the Nikolaevsky Engineering School, whoever else has come, and a staff of officers who talk too much. A colonel reads out Order No. 1 of the Committee for Salvation. Somebody says a Red Guard patrol caught a copy on an SR messenger last night. Nobody wants to hear it. # basis: documented

# time: 1917-10-29 06:15
# place: telephone_exchange
# map: telephone_exchange government
Rybakov's party goes to the telephone exchange in borrowed greatcoats of the Semyonovsky Regiment. The guard lets them in because they look like soldiers. By seven the exchange is yours, the girls at the switchboards sit with their hands in their laps, and a small man with long hair and spectacles is sitting in a back room under guard. It is Antonov-Ovseenko, who arrested the ministers. # basis: documented

All day they come at the exchange: Red Guards, sailors, an armoured car firing down the street. By afternoon your ammunition is short, and a runner gets through to say the Vladimir school is being shelled with a field gun at point-blank range, the Engineers' Castle is surrounded, and Krasnov is not coming today. # basis: documented # sfx: armoured_car

At noon a staff captain from the castle comes in by the yard with two officers and goes to the back room, and you hear him say through the door that a commissar in hand is worth more as a hostage if the Reds know he will be shot when they storm. Rybakov looks at you. Somebody has to stand at that door.

* (guard) [Stand on the prisoner's door yourself, and let nobody through it]
    ~ junker_up(junker_conscience)
    You stand at the door with your rifle across it. The staff captain looks you up and down and says that a cadet does not understand politics; you say that you understand a locked door, and he goes back to the castle. Behind you, through the panels, the small man in spectacles says "Thank you," in a perfectly ordinary voice. # basis: invented
* [Leave the door to the officers and take a window]
    ~ junker_up(junker_courage)
    You take a window. It is not your affair what officers do with prisoners; it is your affair that the street below is filling with Red Guards. You do not look at the door again. # basis: invented
-
{junker_partner == 1: Kostya is beside you at a window, firing carefully, as if on the range. "This is the Russia we're for," he says between shots. "Not the palace. This."|Grisha is not here. He would not come. You are glad of it every time the armoured car fires.}

* [Surrender with the others #historicity: historical]
    -> junker_end_rising
* [Get out by the courtyard and go south, to Krasnov #historicity: plausible]
    -> junker_to_pulkovo(0)

=== junker_end_rising ===
# time: 1917-10-29 17:00
# place: telephone_exchange
# map: telephone_exchange mrc
# map: engineers_castle mrc
Late in the afternoon the exchange surrenders. The prisoner in the back room walks out first, free, and the sailors come in past him. {junker_rising.guard: He stops on the stairs, sees you, and says something short to the sailors in front; they take your rifle and your belt and march you down unhurt, and that is all he does for you, and it is a great deal.|You are knocked down on the stairs and kicked,} {junker_rising.guard: Your parole, if you gave one, is thrown in your face with the rest, and you are marched|and your parole, if you gave one, is thrown in your face with the rest, and you are marched} to the Peter and Paul Fortress through a crowd that wants you dead and does not quite get to you. # basis: plausible

{junker_ally >= 2: In the fortress, four days later, a soldier with a scarred head comes to the grating of your cell and says, "Voronin. The student." It is Savely, on his way home. He talks to somebody, and somebody talks to somebody else, and in the second week of November you are let out, with no word asked, because nobody can be bothered to ask for a word from a boy who has broken one.|In the second week of November you are let out of the fortress with a batch of others, because there are more important prisoners, and nobody can be bothered to ask for a word from a boy who has already broken one.} # basis: invented

This path is plausible: you did what several hundred junkers did. The rising of the 29th was the bloodiest day Petrograd saw that autumn; more than two hundred were killed or wounded on both sides, most of them at the Vladimir school, which was shelled at close range and stormed, and where, Trotsky admits, "sailors undoubtedly committed many outrages upon individual cadets". One could argue it never had a chance: the plan was exposed the night before, when a Red Guard patrol caught an SR courier with Order No. 1, the garrison did not move, and Krasnov's seven hundred Cossacks were stopped at Pulkovo the next day. Had the junkers held the exchange and the castle until Krasnov came, as the Committee for Salvation hoped, Pulkovo would still have decided it; Mawdsley's verdict on the anti-Bolsheviks, that their divisions were unavoidable, applies here too. # basis: quoted Trotsky, From October to Brest-Litovsk

What became of them. {junker_partner == 1: Kostya Gerasimov got out over the roofs and went south to the Don, and was killed in the spring.|Grisha Lapin visited you in the fortress with a loaf from his mother and a lecture from his brother Stepan, and went home to the Narva Gate.} Rybakov died of his wounds in the fortress hospital. {junker_ally == 1 || junker_ally == 3: Nadya Orlova, released with her company at General Knox's request, sent you a card from Kolomna in the spring.} Colonel Polkovnikov, who commanded the rising, died in 1918. Antonov-Ovseenko, your prisoner for a day, was shot in 1938 by the state he had helped to make. # ending: junker_rising
-> END

// how he left Pulkovo: 1 back to Gatchina with the Cossacks, 2 south alone
VAR junker_south = 0

=== junker_to_pulkovo(from_home) ===
~ junker_up(junker_courage)
# time: 1917-10-30 11:00
# place: pulkovo
# weather: overcast
# ambience: street_night
{from_home: You spend Sunday on the platform at Tsarskoe Selo with the Cossacks, hearing the city's guns to the north and not knowing whose they are, and by night the officer who stopped your train says the exchange has fallen and the rising is over. On Monday morning, the 30th, a captain puts a carbine in your hands and asks no questions.|You go over a courtyard wall with two others and walk south all night, and on Monday morning, the 30th, you are at Tsarskoe Selo among Krasnov's Cossacks: far fewer than anyone said in the city, some hundreds, with a few guns.} # basis: plausible

The Pulkovo heights are black with men: sailors, soldiers, Red Guards in caps and overcoats, thousands, under a colonel called Muravyov. For a few hours in the wet the Cossacks fire and are fired on. By evening they are going back to Gatchina, talking in low voices about handing Kerensky over and going home to the Don. # basis: documented # sfx: machine_gun_far

* [Go back to Gatchina with the Cossacks]
    ~ junker_south = 1
    You go back with them, and at Gatchina on the 1st of November you see the towering sailor Dybenko walk in among the Cossacks, and by evening Kerensky is gone, nobody knows how, and the Cossacks are going home. # basis: documented
* [Leave them and walk south alone]
    ~ junker_south = 2
    You leave them at the railway and walk south alone, towards Luga, with nothing but your greatcoat and the thing you know now, which is that nobody is coming to save anything. # basis: plausible
- 
# time: 1917-12-15 12:00
# scene: map
# music: funeral_march
In December you are on the Don, at Novocherkassk, where General Alekseev is raising a volunteer army out of officers and cadets and schoolboys with no uniforms. # basis: documented
{junker_south == 1: The officers there make you tell Gatchina over and over: the sailor among the Cossacks, the Cossacks ready to hand Kerensky over, and Kerensky gone. Nobody at Novocherkassk is sorry for him. Their only regret is that he got away.|You came the whole way on foot and in goods wagons, alone, and at Novocherkassk nobody asks you how; half the boys in the queue came the same way.} You put your name on the roll. {junker_parole >= 1: You have broken one word already. This one you mean to keep.|Nobody asked for your word in Petrograd. Here you give it, and mean it.} # basis: plausible

This path is plausible: many junkers who broke their parole made exactly this journey, and the Volunteer Army of the civil war was built from them. Pulkovo was, in Florinsky's words, "hardly more than a skirmish"; Krasnov had some seven hundred Cossacks, and no corps from the front followed. It is our own reasoning, not any historian's, that a few more cadets would not have changed it; what historians argue about is the civil war that began there, and what it cost. # basis: quoted Florinsky, Russia: A History and an Interpretation

What became of them. {junker_partner == 1: Kostya Gerasimov was with you on the Don, and you were together on the Ice March in February, and he did not come back from it.|Grisha Lapin wrote to you once, care of your mother, to say that Stepan was in the Red Guard and that he hoped you would never meet.} {junker_ally >= 2: Savely, you hoped, was ploughing in Tver province, and would not be sent to fight you.}{junker_ally == 1: Nadya Orlova, you heard, was nursing with the Reds.} Krasnov, who let himself be paroled and broke his word too, became Ataman of the Don and was hanged in Moscow in 1947. Alekseev died in the autumn of 1918. Kerensky, who got away from Gatchina in disguise, lived until 1970 in New York. # ending: junker_pulkovo
-> END

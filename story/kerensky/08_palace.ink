// Kerensky, K5 goes on: he stays in the Winter Palace on 25 October. Three chapters, counterfactual throughout:
// the day in the Palace, the night of its fall, then the fortress (captured) or the City Duma (escaped); three endings.
// Facts from the bible: 2.3 (25 Oct hour by hour), 2.4-2.5, 3.1 (Chudnovsky, Antonov-Ovseenko, Blagonravov),
// 3.2 (the ministers, Palchinsky, Bagratuni, the women's company, the junker schools, the Cossacks), 4.1 (the Palace
// inside), 6.2 K5, 6.3 J1/J6, 7 (#17-#22, #27), 8. What people do here that the record does not say is our own
// reasoning: story/kerensky/OUTLINE.md, "Staying in the Palace (K5)".

// who runs the defence: 1 he takes it himself as Supreme Commander, 2 Kishkin as commissioner with Palchinsky (the
// cabinet's arrangement in history); read on the night, then cleared
VAR kerensky_pl_command = 0
// whom he reached on the lines the exchange missed: 1 Krasnov's cavalry corps, over Cheremisov's head; 2 the City Duma
// and the Soviet's Executive; read on the night and in the last chapter
VAR kerensky_pl_call = 0
// true if the women's company stayed in the Palace (read on the night and in the endings)
VAR kerensky_pl_women = false
// Chudnovsky at six: 1 arrested on Palchinsky's word, 2 given terms to carry back, 3 sent back unheard; read at the
// surrender, then cleared
VAR kerensky_pl_chud = 0
// true if the Don machine-gun team stayed at his asking (read at the first rush, folded into the fury)
VAR kerensky_pl_mg = false
// true if he went up to the hospital under the shelling (read at the surrender and on the way out)
VAR kerensky_pl_ward = false
// true if he put his own name on the last telegram (read at the surrender and at the Duma)
VAR kerensky_pl_named = false
// how hard the crowd wants him by the small hours, 0-3: his name on the last telegram, the machine-gun's dead, the
// last door held; read at the surrender, then cleared
VAR kerensky_pl_fury = 0
// how the night ends for him: 1 taken with the ministers, 2 out through the hospital, 3 gave himself up at the door
VAR kerensky_pl_way = 0
// true if the crowd got to him on the way to the fortress (read in the fortress and its endings)
VAR kerensky_pl_hurt = false
// true if he signed, in the fortress, the order Smolny asked for (read in its endings)
VAR kerensky_pl_signed = false
// true if he spoke to the crowd at the Palace (read by the sentry in the fortress, then cleared)
VAR kerensky_pl_spoke = false
// true if he answered the sentry honestly about the death penalty (read in the fortress's endings)
VAR kerensky_pl_sentry = false
// escaped: true if he went out in a wounded soldier's greatcoat (read at the Duma, where the rumour starts)
VAR kerensky_pl_coat = false
// escaped: true if he showed himself in the Duma's hall that night (read by the Committee for Salvation)
VAR kerensky_pl_shown = false
// escaped: 1 he called the schools out and sent them home at dark, 2 he held them for the front, 3 he left the city,
// 4 he stayed hidden in it; read in the ending
VAR kerensky_pl_last = 0

=== kerensky_pl_stay ===
# chapter: The Seat of Government
# time: 1917-10-25 10:45
# place: winter_palace
# scene: kerensky_office
# ambience: palace_rooms
# music: off
# map: winter_palace government
# map: general_staff government
Wednesday, 25 October 1917; in the West, the 7th of November. You tell them that you will not go. A head of government who drives out to look for an army tells the city where he expects to find one, and you will not tell Petrograd that its government is somewhere else. Your open car goes back to the garage. The American car goes back to its embassy with its flag still on the wing, and Whitehouse with it, to tell his ambassador that the Minister-President has chosen to be besieged. # basis: invented

The ministers take it as men take a doctor's decision not to operate: relief first, and then the thought of what it means. Konovalov, who had been ready to chair the government in your absence, says the practical thing. If you are not going to fetch soldiers, somebody here must find them, and somebody must hold the building until they come. # basis: invented

The cabinet had a plan for the day you left. Kishkin, the Moscow doctor, was to be commissioner for order in Petrograd with full powers, with the engineer Palchinsky under him to run the defence of the Palace. Now the Supreme Commander of the Russian army is sitting at his own desk, and the Palace is defended by ensign schools, a company of women, two hundred Cossacks and forty crippled Knights of St George under a captain with artificial legs. # basis: plausible

* [Take the defence yourself: you are the Supreme Commander]
    ~ kerensky_pl_command = 1
    You dismiss Colonel Polkovnikov, who has commanded the district for seven weeks and nothing this morning, give his staff to General Bagratuni, and take the Palace for yourself; Kishkin keeps the city, such as it is. Then you go down to the ground floor, where the cadets are billeted in rooms facing the square, and shake hands, and learn some names. The boys stand straighter when you pass. They will look for you, you understand, at the end. # basis: invented # sfx: footsteps_parquet
* [Give the city and the Palace to Kishkin and Palchinsky, and keep the government for yourself]
    ~ kerensky_pl_command = 2
    Kishkin becomes commissioner with full powers. He dismisses Polkovnikov and names Bagratuni in his place, and gives the defence of the building to Palchinsky, who has the energy of a man who has never yet failed at anything. You keep the government, the lines to the country and the last word. The cadets will see Palchinsky all day, and you not at all. # basis: plausible

-
# time: 1917-10-25 12:00
# scene: malachite_room
# map: mariinsky mrc
At noon you open the cabinet in the Malachite Room. A few streets away, sailors and soldiers of the Litovsky and Keksgolm regiments are clearing the Pre-Parliament out of the Mariinsky Palace, and a sailor at its door turns away General Alekseev, who came to the district staff this morning to advise, and left when he saw how things stood. # basis: documented

Admiral Verderevsky, the naval minister, says what the green stone walls have heard all morning: "I don't know why this session was called. We have no tangible military force and consequently are incapable of taking any action whatever." # basis: quoted Verderevsky, noon cabinet, 25 Oct (Miéville)

He says it looking at you, since you are the reason it was called. The telephone exchange has been in the Committee's hands since seven and most of the Palace's lines are dead, but the men who cut them missed two. One reaches the Staff's wire to Pskov and the front. The other reaches the city. You can spend the afternoon on one of them, and the government's last hours of daylight with it. # basis: plausible # sfx: telephone_ring

* [The front: Pskov, and over Cheremisov's head, the cavalry]
    ~ kerensky_pl_call = 1
    General Cheremisov, commanding the Northern Front, tells you over the wire, with great courtesy, that to send troops into a quarrel in the capital would be pointless and harmful: the army will not fight for this government. So you go round him. To General Krasnov of the 3rd Cavalry Corps, whose Cossacks are strung out along the railway about Ostrov, goes an order over the Supreme Commander's name: entrain for Petrograd at once. It is the corps that General Kornilov sent against you in August. You sign it anyway. Krasnov's answer comes at four. He will move when he has trains, and he asks, as a soldier, who will be in Petrograd to receive him. # basis: invented # sfx: telegraph
    # telling: krasnov In this telling Krasnov's corps was ordered on Petrograd by telegraph from the besieged Winter Palace, over the Northern Front's head.
* [The city: the Duma, and the Soviet's Executive]
    ~ kerensky_pl_call = 2
    You ring the City Duma. The mayor, Shreider, comes to the telephone, and after him Prokopovich, your own food minister, who was arrested this morning and let go before lunch, and is angry enough to do anything. You do not ask them for soldiers. You ask for people: the Duma, the Executive of the Soviets, the deputies the sailors have just turned out of the Mariinsky, to come to the Palace and stand in it beside the government they made. {kerensky_left >= 1:Gots, found at the Duma, says the SRs will come. You have quarrelled with them all month, and you are still one of theirs.|Gots, found at the Duma, says he will put it to the Executive. He does not say what he will advise.} # basis: invented # sfx: telephone_ring

-
~ kerensky_left = 0
~ kerensky_right = 0
# time: 1917-10-25 16:30
# scene: map
# map: palace_square contested
It is dark by five. From the windows on the square you watch the battery of the Mikhailovsky artillery school go out under the General Staff arch with its commissar at its head, and not come back: it has walked into a Pavlovsky cordon in the Morskaya and given up its guns. Nobody ordered it to go. Nobody, you realise, could have ordered it to stay. # basis: plausible # sfx: armoured_car

Then Lieutenant Somov, who commands the women's company, comes up to ask for orders. The 2nd Company of the 1st Petrograd Women's Battalion, a hundred and thirty-odd women, stayed after yesterday's review {kerensky_truth:because you told them why they were needed|because they were told they were to escort fuel}. The ring round the Palace is not closed yet. The Millionnaya is still open towards the Field of Mars, and will be for an hour. # basis: plausible

* [Send them back to their camp while the street is open]
    ~ kerensky_pl_women = false
    You tell Somov that the company came to Petrograd for a review and has been reviewed. They go out by the Millionnaya in a column of fours, rifles slung, in the last of the light, and the Pavlovsky pickets at the corner watch them pass and let them go. The Palace has lost its steadiest shots, and you have lost the one order of the day that you are sure of. # basis: invented # sfx: footsteps_cobbles
    # telling: womens_battalion In this telling the women's company was sent back to Levashovo at dusk on the 25th and was never besieged.
* [Keep them, and go down and tell them yourself why]
    ~ kerensky_pl_women = true
    You go down to the rooms where they are quartered. {kerensky_truth:You told them yesterday. You tell them again, because the ring is closing, and they should hear it twice from the man who kept them.|They were told they were here to escort fuel. You tell them the truth: the Palace needs rifles, and theirs are the rifles it has.} Nobody asks to leave. A platoon leader of eighteen, who was a nurse before she was a soldier, asks only where they will be posted. # basis: invented

-
# time: 1917-10-25 18:00
# scene: kerensky_office
# sfx: door_knock
At six the Oranienbaum school's delegate, a junker named Kiselev, brings a man through the lines under his school's word: Grigory Chudnovsky of the Committee's field staff, twenty-seven, his arm in a sling from the front, who has come to talk the cadets into going home. The cadets have let him in because they want to know where the Vladimir and Pavlovsky schools are, which were promised and never came. Palchinsky wants him arrested. In this Palace, today, that is for you to say. # basis: plausible

* [Let Palchinsky arrest him]
    ~ kerensky_pl_chud = 1
    "Arrest him," you say, and Palchinsky, delighted, does. Within the hour the Oranienbaum cadets are at your door: the man came in on their word, and if the government breaks it, they will not answer for their school. You let him go. Chudnovsky leaves as he came, having seen you, and having seen your own cadets overrule you. # basis: invented
* [Give him terms to carry back: the building, for the cadets' and the women's freedom #historicity: speculative]
    ~ kerensky_pl_chud = 2
    You tell him what the government will do. It will give up the building, under protest, if the cadets {kerensky_pl_women:and the women |}go home with their rifles and the ministers are held under the Soviet's guarantee until the Constituent Assembly meets. Chudnovsky writes it down left-handed. Smolny will not take terms from you, he says, but he will carry them, because he would rather nobody died tonight either. Konovalov, when he hears, says nothing at all. # basis: invented
* [Send him back unheard: the government does not treat with the Committee]
    ~ kerensky_pl_chud = 3
    You do not see him. Kiselev takes him back through the lines with nothing, and the Oranienbaum cadets watch him go and begin, quietly, to talk among themselves about their own way out. # basis: invented

- -> kerensky_pl_night

=== kerensky_pl_night ===
# chapter: The Mousetrap
# time: 1917-10-25 18:40
# place: winter_palace
# scene: malachite_room
# weather: sleet
# ambience: palace_rooms
# map: general_staff mrc
Wednesday evening, 25 October; in the West, the 7th of November. The ultimatum comes by bicycle from the fortress a little after half past six, through the General Staff building, which falls to the Committee soon afterwards. It is signed by Antonov-Ovseenko and it gives the government twenty minutes to surrender, or the guns of the Aurora and of the fortress will open. # basis: documented

{kerensky_pl_chud == 2:Of your terms it says nothing. Chudnovsky carried them, or did not; Smolny has answered them by not answering.|It is addressed to the government, and so, tonight, to you.} The ministers do not answer it. They eat supper instead: borscht, steamed fish, artichokes, served as if nothing in the building had changed but the hour. Somebody asks Verderevsky what a shot from the Aurora would do to the Palace. He answers: "a heap of ruins". # basis: quoted Verderevsky, on the Aurora's guns, 25 Oct

Over the coffee the ministers draft a telegram for the one line that still reaches the country: "To all, all, all! The Petrograd Soviet has declared the Provisional Government overthrown, and demands that power be yielded to it under threat of shelling … We have decided not to surrender and to put ourselves under the protection of the people." # basis: quoted Provisional Government, last telegram, 25 Oct

Konovalov passes you the draft. It has no name on it but the government's.

* [Put your own name at its head: the Minister-President has not left his post]
    ~ kerensky_pl_named = true
    You add a line above the rest: the Minister-President, A. F. Kerensky, remains in the Winter Palace with the government. Every telegraph office still answering has it by nine, and so does Smolny, and so does every soldier in the square who can read a handbill. Whatever else happens tonight, nobody will have to guess whom the Palace holds. # basis: invented # sfx: telegraph
* [Let it go as the ministers wrote it]
    You leave it as it is. The country will know the government's decision. It does not need to know where you are standing, and the men in the square, who have been told since the morning that you ran away, may go on believing it a little longer. # basis: invented # sfx: telegraph

-
# time: 1917-10-25 20:00
# scene: small_dining_room
You move with the ministers into the Small Dining Room next door, which is further from the windows and has a working telephone. At eight the Cossacks in the courtyard begin to saddle: two hundred of them, with a machine-gun team of the 14th Don Regiment, who have stood in the rain since morning for a government that could not tell them what it wanted. General Bagratuni chooses the same hour to resign, and goes. # basis: documented
{kerensky_pl_command == 1:You gave him the district this morning. He gives it back to you on half a sheet of paper.|Kishkin gave him the district this morning. He gives it back on half a sheet of paper, and Kishkin hands the sheet to you.}

{kerensky_kornilov:Their officers have not forgotten what you told their council about Kornilov; one of them says so, without warmth, as a thing that would have been useful in August.|Nobody in the courtyard mentions Kornilov. Nobody needs to; it is the name between every Cossack and you.} # basis: invented

* [Go down into the courtyard and ask them to stay]
    ~ kerensky_pl_mg = true
    You go down without a coat. You do not make a speech. You ask. The sotnias ride out all the same, through the gate and into the dark, but the machine-gun team of the 14th Don unloads its gun again and carries it up to a corner window on the second floor. A machine-gun does not ride, their sergeant says, and he has never left one yet. # basis: invented # sfx: door_slam
* [Let them go with your thanks: no man should stay at a gun he does not believe in]
    You go to the window and watch them go, and when their officer looks up you salute him. He returns it. Then the courtyard is empty except for the dung of their horses and the rain. # basis: invented # sfx: footsteps_cobbles

-
~ kerensky_kornilov = false
# map: palace_square mrc
At the same hour the first rush comes across the square in the dark, and takes a post of fifty junkers at the barricade before anyone inside knows it has started. {kerensky_pl_women:The women of the 2nd Company fire on it from the second floor by the Hermitage, and it falls back.|With the women gone, it is the junkers behind the firewood who fire, raggedly, and it falls back more because it was never an assault than because of them.} {kerensky_pl_mg:So does the Don machine-gun from its corner window, which does not fire raggedly. When the rush falls back, it leaves men lying on the square, and the crowd beyond the arch learns which window the gun was in.|} # basis: plausible # sfx: volley
{kerensky_pl_mg:
    ~ kerensky_pl_fury++
}
~ kerensky_pl_mg = false

# time: 1917-10-25 21:40
{kerensky_aurora:
    At twenty to ten a gun fires from the river: one of the Kronstadt ships, since the Aurora is at sea on your orders. It makes no difference which. # basis: plausible
- else:
    At twenty to ten a single great crack comes off the river: the Aurora's bow gun, firing a blank, louder than any live shell. # basis: documented # sfx: aurora_blank
}
The ministers drop to the floor. You do not, and you are not sure whether it is courage or the habit of being watched. {kerensky_pl_women:Some of the women go out soon afterwards, on a sortie towards the General Staff, because someone has told them General Alekseev is held prisoner there. He is not. They are taken, and marched off to the Pavlovsky barracks.|}

# time: 1917-10-25 23:00
At eleven the fortress opens with live shell. Thirty-odd rounds, and two hit: the cornice, and a corner room on the third floor facing the Neva. Lit trams go on crossing the Troitsky Bridge while the guns fire. # basis: documented # sfx: fortress_guns
# map: peter_paul mrc

Upstairs is the hospital: five hundred wounded soldiers of the war, in rows beneath the painted ceilings, who cannot go down to the cellars. # basis: documented

* [Go up to the hospital while the shells are falling]
    ~ kerensky_pl_ward = true
    You go up the back stairs with a lamp. The wounded watch you come down the long room between the beds, and none of them says anything until a man with no legs asks whether the government has come to die with them. You tell him that nobody is going to die in this room tonight, and sit on the end of his bed until the firing stops. It is the only promise you make all day that somebody else keeps: the gunners at the fortress, you learn later, were told to aim anywhere but the hospital. # basis: plausible # sfx: fortress_guns
* [Stay by the telephone: the ministers need you more than the wards do]
    You stay. Konovalov is counting the shells aloud under his breath, and Tereshchenko is writing a letter that he tears up at the twentieth. When the firing stops you find you have been holding the receiver of the dead telephone all the while. # basis: invented

- The telephone in the Small Dining Room rings at a quarter past eleven. {kerensky_pl_call == 2:It is Prokopovich, at the Duma. They are coming, he says: the councillors, the Executive's men, Avksentiev, Gots, with lanterns and umbrellas and bread for the defenders, singing the Marseillaise, more of them than anyone expected, because you asked. Palchinsky goes down and tells the cadets, and you hear them cheer through two floors.|It is the Staff's line, relaying Krasnov. His first echelons are loading at Ostrov. The leading Cossacks may be at Gatchina by Friday. Palchinsky goes down and tells the cadets that the front is coming, and you hear them cheer through two floors, as if Friday were tonight.} # basis: invented # sfx: telephone_ring

At half past midnight it rings again. {kerensky_pl_call == 2:The march was stopped by a cordon of sailors under an arc-lamp at the corner of the Nevsky and the Catherine Canal. A sailor told the mayor of Petrograd: "We will spank you!" They have turned back to the Duma.|The Duma's march was stopped by a cordon of sailors under an arc-lamp at the corner of the Nevsky and the Catherine Canal. A sailor told the mayor of Petrograd: "We will spank you!" They have turned back to the Duma. Friday is two days away.} # basis: quoted a sailor to the Duma marchers (Reed)

-> kerensky_pl_choice

=== kerensky_pl_choice ===
# time: 1917-10-26 00:45
# scene: palace_corridor
# ambience: crowd_corridor
After midnight the Palace begins to fill from inside. Men come in by the hospital and the Hermitage side and the back stairs, in twos and tens, are "captured" by junkers, and talk to their captors until it is unclear who is holding whom. Part of the Oranienbaum school has negotiated its own way out. You have perhaps an hour in which you can still choose where you will be when it ends. # basis: documented

Konovalov comes and stands beside you at the end of the corridor. The ministers have agreed, he says, to stay here until they are arrested, all of them. He does not ask whether that includes you. # basis: plausible

* [Stay with your ministers in the Small Dining Room]
    ~ kerensky_pl_way = 1
    -> kerensky_pl_room
* [Go out through the hospital to the Duma and the city, while the doors still open both ways]
    ~ kerensky_pl_way = 2
    -> kerensky_pl_out
* [Go down to the cadets at the door and give yourself up to spare them]
    ~ kerensky_pl_way = 3
    -> kerensky_pl_door

=== kerensky_pl_room ===
# time: 1917-10-26 01:30
# scene: small_dining_room
You tell Konovalov that it includes you. By half past one the corridors outside are full of strangers. Somebody drops grenades from a gallery and two junkers are carried in wounded. Kishkin, who was a doctor before he was a minister, kneels to bandage them, and Bernatsky lends his handkerchief. # basis: documented # sfx: rifle_shot

At about two a junker runs in. "What does the Provisional Government command? Defend to the last man?" {kerensky_pl_command == 1:He asks you, by name. You have commanded this building since the morning, and he has been looking for you all night.|He asks the room. Kishkin, whom you made commissioner this morning, turns and looks at you, and so does everyone else.} # basis: plausible

* [No bloodshed: the government yields to force #historicity: historical]
    "No," you say, and the ministers say it with you, all at once: it is useless, no bloodshed, surrender. Kishkin tells the boy to go and say that they do not want bloodshed, that they yield to force. The boy goes. You have given your last order as head of the government, and it is the right one. # basis: plausible
* [Hold the door until the Duma comes through #historicity: plausible J1]
    ~ kerensky_pl_fury++
    "Hold the door," you say. "The Duma is coming." The cadets hold it for twenty minutes, firing through the panels at men who fire back. One junker is killed in the doorway, and nobody counts the men on the other side. Then the door gives, and the Duma is still at the Catherine Canal. # basis: invented # sfx: volley
    # telling: junker_schools In this telling the cadets held the last door of the Winter Palace on the Minister-President's order, and one was killed in it.

- -> kerensky_pl_taken

=== kerensky_pl_door ===
# time: 1917-10-26 01:15
# scene: palace_square_night
You go down by the small staircase to the main entrance, where the ensigns of the Engineering school are still behind their firewood with a few rifles each. You tell their officer to have them lay the rifles down. Then you take a white napkin from the dining room, because it is what there is, and walk out into the square alone. # basis: invented # sfx: footsteps_cobbles

The men at the barricade know your face. Everyone in Russia knows your face; it has been on the postcards since March. Somebody runs for a commissar, and the commissar who comes, with his arm in a sling, is Chudnovsky. {kerensky_pl_chud == 1:"You had me arrested six hours ago," he says. "Now you want a favour." He listens all the same.|}{kerensky_pl_chud == 2:"Smolny laughed at your terms," he says. "I did not." He listens.|}{kerensky_pl_chud == 3:"At six you would not see me," he says. "Now you come out in the rain." He listens all the same.|} You ask for one thing: the cadets {kerensky_pl_women:and the women |}go home unharmed on their word, and the ministers are not touched. In return he has you. # basis: invented

Chudnovsky says he can promise the cadets. He cannot promise the crowd anything. The fury that has been hunting you through the Palace all night is outside in the square, and it is turning round. # basis: invented
~ kerensky_pl_fury--
-> kerensky_pl_taken

=== kerensky_pl_taken ===
# time: 1917-10-26 02:10
# sfx: clock_strike
# map: winter_palace mrc
{kerensky_pl_way == 1:
    A small man in pince-nez pushes through the crowd at the door of the Small Dining Room and announces: "In the name of the Military Revolutionary Committee, I pronounce you arrested!" It is Antonov-Ovseenko. Konovalov answers him for the government: "The members of the Provisional Government yield to force and surrender in order to avoid bloodshed." The mantel clock says ten past two. # basis: quoted Antonov-Ovseenko and Konovalov, 26 Oct (Antonov-Ovseenko's memoir)
- else:
    Upstairs, at ten past two, Antonov-Ovseenko arrests your ministers in the Small Dining Room in the name of the Military Revolutionary Committee, and Konovalov, for all of them, yields to force to avoid bloodshed. They are brought down past you in the square, one by one, and Tereshchenko raises his hat to you as if you had met on the Nevsky. # basis: plausible
}
{kerensky_pl_chud == 2:Antonov has Chudnovsky's note of your terms in his pocket, and reads it to you aloud before he puts it away. The cadets, he says, will go home on their word, as you asked; not because you asked.|Chudnovsky begins a list of the arrested on a sheet of paper. Your name goes at the head of it.} # basis: invented
~ kerensky_pl_chud = 0
~ kerensky_pl_command = 0
{kerensky_pl_named:
    ~ kerensky_pl_fury++
}
{kerensky_pl_ward:
    ~ kerensky_pl_fury--
}
~ kerensky_pl_named = false

The crowd has been looking for you all night. {kerensky_pl_fury >= 2:It knows you are here, it has its own dead from the square and the stairs, and it has your name in its mouth like a stone.|}{kerensky_pl_fury == 1:It has heard you are here, and it wants to see you.|}{kerensky_pl_fury <= 0:It has heard a rumour that you are here, and half of it does not believe it.|} "Kerensky!" A soldier with a red ribbon on his cap gets a hand on your collar before a sailor knocks it off.{kerensky_pl_ward: From somewhere behind him a man on crutches, in a hospital gown under his greatcoat, is shouting that you came up to the wards under the shells, and some of those near him stop shouting to listen.|} # basis: invented
~ kerensky_pl_ward = false

* [Speak to them: they have listened to you before]
    ~ kerensky_pl_spoke = true
    You climb on to {kerensky_pl_way == 1:a chair|the firewood} and speak. For the length of three sentences it works, as it has worked since March: a crowd that came to kill you stops to hear how you will put it. {kerensky_pl_fury >= 2:Then a voice at the back says "the death penalty", and another says "the offensive", and the stone comes. You are pulled down. Antonov's sailors fight their way to you with rifle butts and get you out with a broken wrist and a cut that will leave a scar.|Then Antonov takes you by the arm and says, not unkindly, that you have said enough for one revolution, and his sailors close round you.} # basis: invented
    {kerensky_pl_fury >= 2:
        ~ kerensky_pl_hurt = true
    }
* [Say nothing, and go where Antonov's sailors put you]
    You say nothing. Antonov's sailors make a ring round you with their rifles across their chests, and walk you out through the crowd like men carrying something that might go off. {kerensky_pl_fury >= 3:At the arch the ring breaks for a moment, and in that moment somebody's boot finds you. You are on your feet again before you know you were down.|Men spit. Nobody gets through.} # basis: invented
    {kerensky_pl_fury >= 3:
        ~ kerensky_pl_hurt = true
    }

- ~ kerensky_pl_fury = 0
-> kerensky_pl_fortress

=== kerensky_pl_out ===
// the escape reads none of the night's counts but the telegram and the wards
~ kerensky_pl_fury = 0
~ kerensky_pl_chud = 0
~ kerensky_pl_command = 0
# time: 1917-10-26 01:00
# scene: palace_hospital
{kerensky_pl_ward:You go up through the hospital again, and the men who watched you sit on a bed under the shelling watch you come back. The orderly who carried your lamp at eleven looks at you for a long moment and does not say your name.|You go up through the hospital, where five hundred wounded soldiers have lain since the war began and lie now, listening to the shooting, in rows under the painted ceilings. An orderly who has seen you on every postcard since March looks at you for a long moment and does not say your name.} A soldier with both legs in splints holds out his greatcoat. It has the Keksgolm Regiment's badge on the collar and a bandage in the pocket. # basis: invented
~ kerensky_pl_ward = false

* [Take the greatcoat and the bandage]
    ~ kerensky_pl_coat = true
    You put on the greatcoat over your tunic and tie the bandage round your head, so that it covers your hair and one eye. The soldier watches you do it and says nothing. You will never know his name. # basis: invented
* [Thank him, and go in your own uniform, as you went out every morning]
    You give him back the coat. If you are going to be taken, you will be taken as yourself. He shrugs, and lies back, and says that it is your funeral. # basis: invented

- At the bottom of the hospital stairs the Commandant's entrance stands open. Men come in, men go out, and nobody is sure any more who belongs to which side. # basis: documented # sfx: footsteps_parquet
# place: palace_square
# scene: map
# ambience: street_night
{kerensky_pl_coat:A red guard at the door lifts a lantern to your bandage, sees a wounded soldier going home, and lets you by.|A red guard at the door lifts a lantern to your face and lowers it again. Perhaps he cannot believe it.} {kerensky_pl_named:The whole city has read on your own telegram that you are in the Palace, and nobody is looking for you on the way out of it.|He has been told all day that you ran away in the morning, and a man does not arrest a rumour.} You go along the Millionnaya in the sleet, past the Pavlovsky barracks, where the windows are lit and men are singing, and turn south by the Field of Mars. # basis: invented # sfx: footsteps_cobbles
# place: field_of_mars

# time: 1917-10-26 02:30
# place: city_duma
# map: city_duma contested
It is half past two when you reach the City Duma on the Nevsky, where the marchers who were turned back at the Catherine Canal are still in the hall, wet, with their lanterns out and the bread they meant for the cadets on the tables. {kerensky_pl_call == 2:They marched because you asked them to. Prokopovich is at the door.|Shreider and Prokopovich are at the door, arguing about what to do next.} You hear, from the doorkeeper, that the Palace fell at ten past two and that the crowd searched it for you all night. # basis: invented

* [Go into the hall and show yourself]
    ~ kerensky_pl_shown = true
    You walk into the hall {kerensky_pl_coat:with the bandage in your hand|in your own tunic, wet through}. For a moment nobody recognises you; then everybody does. The councillors stand up. Somebody begins the Marseillaise and stops. By morning every party in the city will know that you are alive, free, and in the Duma, and so will Smolny. # basis: invented # sfx: crowd_shout
* [Stay in a side room, and send only for Avksentiev and Gots]
    The doorkeeper puts you in the clerk's office with the lamp turned down. Avksentiev comes, and Gots after him. They look at you as men look at a problem they had just finished solving. Nobody else in the building is told you are there. # basis: invented

- -> kerensky_pl_duma

=== kerensky_pl_fortress ===
# chapter: The Trubetskoy Bastion
# time: 1917-10-26 03:30
# place: peter_paul
# weather: rain
# ambience: interior_quiet
# scene: map
# bridge: troitsky lowered
# map: palace_square mrc
# map: general_staff mrc
# paper: delo_naroda invented The Minister-President is a prisoner: Kerensky taken with the government in the Winter Palace
Thursday, 26 October 1917; in the West, the 8th of November. They walk you and the ministers on foot across the Troitsky Bridge in the small hours, through a crowd that shouts your name more than all the others together, to the Peter and Paul Fortress. {kerensky_pl_hurt:Your wrist is bound up in somebody's scarf, and you walk with your arm held against your chest.|} In a guardroom of the fortress Antonov reads out the list of the arrested by a smoking kerosene lamp. This time it begins with you. # basis: invented
# telling: kerensky In this telling Kerensky stayed in the Winter Palace and was taken there with his ministers in the small hours of 26 October.

A sailor rolls Konovalov a cigarette of makhorka. Nikitin hands Antonov a telegram from the Ukrainian Rada that came for the government, and tells him that now it is his problem. Then you are all put into cells of the Trubetskoy bastion, along a corridor where some of the Tsar's ministers have been waiting since February for a trial that has never come. # basis: plausible
# telling: konovalov In this telling Konovalov went into the Trubetskoy bastion with the Minister-President beside him, not in his place.

Through the day you learn the news as prisoners do, from the sentries. The Congress of Soviets has voted that all power passes to the soviets. In the evening it votes a decree on peace, and in the small hours a decree on the land, and a government of People's Commissars with Lenin at its head. The sentry who tells you this is nineteen. {kerensky_pl_spoke:He was in the square when you climbed up to speak, and heard your three sentences, and is still deciding what he thinks of them.|He was in the square when they walked you out, and saw you say nothing.} He wants to know whether it is true that you had his regiment's deserters shot in the summer. # basis: plausible # music: internationale_quiet
~ kerensky_pl_spoke = false

* [Answer him honestly: you brought back the death penalty at the front]
    ~ kerensky_pl_sentry = true
    You tell him that it is true you restored the death penalty at the front in July, and why, and that as far as you know nobody in his regiment was shot under it. He listens to the end and says, "All the same." After that he brings your tea without spitting in it. # basis: plausible
* [Tell him you will answer to the Constituent Assembly, not to a sentry]
    He says the Assembly can have what is left of you, and turns the key twice. # basis: invented

-
# time: 1917-10-27 14:00
# music: off
On Friday a commissar comes from Smolny with Blagonravov, the ensign who commands the fortress for the Committee. He has a paper for the Supreme Commander to sign. {kerensky_pl_call == 1:Krasnov's Cossacks, entrained on the order you sent on Wednesday, are coming up the line to Gatchina, and the junker schools in the city are waiting for them. Smolny wants the Supreme Commander's order that they halt where they stand.|Nothing is moving on Petrograd yet. But the generals at the Stavka have heard that the Supreme Commander is a prisoner, and some of them talk of marching to free him. Smolny wants his order that no unit is to move on the capital.} Sign it, the commissar says, and there need be no more shooting. # basis: invented

{kerensky_pl_hurt:Your wrist aches. It is hard to tell how much of what you are about to decide is the wrist.|The cell is cold, and clean, and very quiet.}

* [Sign it: nobody else should die for a prisoner]
    ~ kerensky_pl_signed = true
    You sign it, with the date and your rank, and the commissar blots it as carefully as if it were a decree. It will be in the papers tomorrow, {kerensky_pl_call == 1:and Krasnov, at Gatchina, will have it read to his Cossacks and will not know whether to obey a prisoner|and the generals at the Stavka will read it as an abdication}. # basis: invented
    # telling: kerensky In this telling Kerensky signed, in the fortress, an order that no troops should move on Petrograd.
* [Refuse: a prisoner's signature commands nobody, and should not]
    ~ kerensky_pl_signed = false
    You tell him that an order written in a cell is an order from the cell, not from the Supreme Commander, and that every soldier in Russia would know it. The commissar puts the paper away without argument. Blagonravov, at the door, looks at you for a moment as if he agreed. # basis: invented

-
{
- kerensky_pl_call == 1 && not kerensky_pl_signed:
    # time: 1917-10-29 15:15
    On Sunday the 29th the junker schools rise, to meet Krasnov, who is at Tsarskoe Selo. From your cell you hear the guns that Blagonravov has sent against the Vladimir school on the Petrograd Side, and at a quarter past three they go quiet, and you know what the quiet means. # basis: plausible # sfx: fortress_guns
    # telling: krasnov In this telling Krasnov marched on the order Kerensky sent from the besieged Palace, and the junkers rose to meet him, as they did in history.
- kerensky_pl_call == 1:
    # time: 1917-10-29 12:00
    On Sunday the 29th the city is quiet. Krasnov has halted at Gatchina with your order in his hand; without him the junker schools have nothing to rise for, and do not. The guns you hear from the fortress are only the noon gun. # basis: invented
    # telling: krasnov In this telling Krasnov halted at Gatchina on an order signed by the Supreme Commander in his cell.
- else:
    # time: 1917-10-29 12:00
    On Sunday the 29th the city is quiet. No Supreme Commander went to Pskov, so no cavalry corps came north, and the junker schools, with no one coming to meet, stay in their buildings. The guns you hear from the fortress are only the noon gun. # basis: plausible
}

# time: 1917-11-01 11:00
# sfx: door_knock
On Wednesday, the 1st of November, Gots comes, with a pass from Smolny and a railwayman from the Vikzhel beside him. The railway union is holding talks for a government of all the socialist parties, and Kamenev, for the Bolsheviks, is willing to talk. The socialist ministers are to be released on their word. So, Gots says carefully, could you be: into the custody of the Soviet's Executive, if you give your word to take no part in any action against the new power and to resign your offices. # basis: invented

The junkers gave their word at the Palace. Most of them kept it; some did not. {kerensky_pl_signed:You have already signed one paper in this cell.|You have signed nothing in this cell yet.}

* [Give your word]
    -> kerensky_pl_end_parole
* [Refuse: you will answer to the Constituent Assembly, and to no one else]
    -> kerensky_pl_end_cell

=== kerensky_pl_end_cell ===
# time: 1917-11-12 09:00
# ambience: off
You tell Gots that you will give your powers back to the Constituent Assembly and to nobody else; a man who resigns in a cell has not resigned, he has been resigned. Gots says he understood you would say that. # basis: invented

On the 12th of November the elections to the Constituent Assembly begin, and you hear of them from the sentry, who votes. # basis: invented
{
- kerensky_pl_signed && kerensky_pl_call == 1:
    Krasnov's Cossacks went home from Gatchina on the order you signed; the junkers who did not rise are alive, and do not thank you. # basis: invented
- kerensky_pl_signed:
    The order you signed stopped nobody, since nobody was marching; the generals have not forgiven it. # basis: invented
- else:
    The order you would not sign would have changed nothing, or everything; nobody will ever know which. # basis: invented
}
{kerensky_pl_women:The women of the 2nd Company, whom you kept, were held for days in the barracks across the river.|The women of the 2nd Company are at Levashovo, where you sent them.} {kerensky_pl_hurt:Your wrist has set crooked.|} # basis: invented
# telling: kerensky In this telling Kerensky refused to give his word, and stayed in the Trubetskoy bastion to answer for October.

Epilogue. This ending is plausible, not historical. In reality you left by car on the morning of the 25th, and the crowd that broke into the Small Dining Room at ten past two looked for you and did not find you. # basis: documented

What historians argue: Rabinowitch, in The Bolsheviks Come to Power, shows a Palace that was not taken by storm but seeped into, and defenders who went home one school at a time; nothing in that changes with you inside it, except the crowd's reason to search. In The Catastrophe you claimed that the right let the Bolsheviks win, expecting to crush them in weeks; without you at the front there would have been no Krasnov march for them to wait for. The rest is our own reasoning: the new power had no wish to make a martyr of you, and less to set you free. # basis: plausible

-> kerensky_fates ->
You spend the winter in a cell built for the Tsar's prisoners. {kerensky_pl_sentry:The sentry tells you when it snows.|The sentry does not speak to you again.} # ending: kerensky_palace
-> END

=== kerensky_pl_end_parole ===
# time: 1917-11-02 18:00
# ambience: crowd_corridor
You give your word, written out in your own hand. On the 2nd of November a closed car takes you past the Palace to a flat off the Liteiny, where two of the Executive's men sleep in the hall and a red guard sits on the stairs. You are not a prisoner, and not free. # basis: invented
# telling: kerensky In this telling Kerensky gave his word in the fortress to act against the new power no more, and was let out into the Soviet Executive's custody.

{kerensky_pl_signed:The papers print the order you signed in the cell beside the word you gave, and call them your two abdications.|The papers print your word on the front page, and the generals in the south read it as your abdication.} The Vikzhel talks collapse within the week; Lenin has said in his Committee that Kamenev's policy must be checked, and it is. Nobody comes to take your word back from you. {kerensky_pl_hurt:Your wrist aches when it rains, which is always.|} {kerensky_pl_women:One of the women of the 2nd Company, whom you kept, writes to you from Levashovo about the barracks across the river; you do not answer.|The women of the 2nd Company, whom you sent home at dusk, are still at Levashovo.} # basis: invented

Epilogue. This ending is speculative. In reality you left by car on the morning of the 25th, went to the front and Gatchina, and escaped in disguise on 1 November. The junkers taken at the Palace, and later General Krasnov, were released on their word not to fight the new power; Krasnov broke his within months. # basis: documented

What historians argue: this is our own reasoning. The Vikzhel talks of 29 October to 4 November were the one moment when Kamenev and the Bolshevik moderates might have traded prisoners for a coalition; Rabinowitch, in The Bolsheviks Come to Power, and Figes, in A People's Tragedy, show how quickly Lenin closed it. # basis: plausible

{kerensky_pl_sentry:
    The young sentry from the bastion comes to the flat once, off duty, to see whether it is true that they let you go. # basis: invented
}
-> kerensky_fates ->
You keep your word. It is the one promise of 1917 you keep to the letter, and nobody remembers it. # ending: kerensky_palace_parole
-> END

=== kerensky_pl_duma ===
# chapter: The Committee for Salvation
# time: 1917-10-26 09:00
# place: city_duma
# weather: rain
# ambience: crowd_corridor
# scene: map
# map: winter_palace mrc
# map: palace_square mrc
# paper: rabochii_put invented Kerensky has fled the Winter Palace: the ministers are in the fortress
Thursday, 26 October 1917; in the West, the 8th of November. In the morning the City Duma becomes the Committee for the Salvation of the Motherland and the Revolution: the SRs and the Mensheviks who walked out of the Congress last night, the councillors, what is left of the Pre-Parliament. Your ministers are in the Trubetskoy bastion. You are in the Duma's building, {kerensky_pl_shown:and everyone in it knows.|and only Avksentiev and Gots know.} # basis: plausible
# telling: kerensky In this telling Kerensky stayed in the Winter Palace until its last hour, and got out through the hospital as it fell.

The papers have your escape already, and have it wrong.{kerensky_pl_named: Rabochii Put' prints your last telegram, with your name at its head, beside the news that you ran.|} The story in the barracks is that you went out of the Palace in a nurse's dress. {kerensky_pl_coat:You went out in a wounded soldier's greatcoat with a bandage round your head, which is near enough to the story that you will never be rid of it.|You went out in your own uniform, in the open, and nobody who saw you was believed.} # basis: invented
~ kerensky_pl_named = false

Gots puts the Committee's position to you plainly. It will not restore the government that lost the Palace. It wants a government of the socialist parties, without the Bolsheviks and, he does not quite say, without you. {kerensky_pl_call == 1:But Krasnov's Cossacks are loading at Ostrov on your order of yesterday, and some of the officers here want the junker schools to rise in the city when he comes near. A rising needs a name. Yours is still the one the schools would rise for.|Nothing is coming from the front; Cheremisov has seen to that. Some of the officers here want the junker schools to rise anyway, and a rising needs a name. Yours is still the one the schools would rise for.} # basis: invented

* [Put your name to a rising: the schools will come out if you call them]
    ~ kerensky_pl_shown = true
    -> kerensky_pl_rising
* [Refuse: no more boys die in your name; go into hiding]
    -> kerensky_pl_hiding

=== kerensky_pl_rising ===
You sign the Committee's appeal as Minister-President, and Colonel Polkovnikov, who commanded the district until yesterday, takes it to the schools as commander of what the officers are already calling the army of salvation. The rising is set for Sunday. # basis: invented

# time: 1917-10-29 06:00
# place: engineers_castle
# map: engineers_castle government
# map: telephone_exchange contested
On Sunday the 29th, before dawn, the Nikolaevsky Engineering School takes you into the Engineers' Castle, and junkers dressed as soldiers of the Semyonovsky take the telephone exchange and, until the afternoon, Antonov-Ovseenko with it. {kerensky_pl_call == 1:Krasnov is at Tsarskoe Selo; if he comes on today, the city is in play.|Nobody is coming from the south. The officers say the city will rise when it sees the schools in the street. It does not.} By the afternoon the guns are shelling the Vladimir school on the Petrograd Side, and at a quarter past three it is stormed. # basis: plausible # sfx: machine_gun_far

* [Send the schools home at dark, with your name on the order]
    ~ kerensky_pl_last = 1
    You write the order yourself: every school to disperse at dark, every officer to say that the Minister-President commanded it. Most of the boys are home before the red guards reach the castle. # basis: invented
* [Hold the castle and the exchange until Krasnov comes]
    ~ kerensky_pl_last = 2
    You tell the officers to hold. {kerensky_pl_call == 1:Krasnov does not come on; his Cossacks are in talks with the railwaymen.|There is nobody to come.} The exchange falls at dusk and the castle in the night, and the boys in it are taken by men who have just come from the Vladimir school. # basis: invented # sfx: volley

- You go out of the castle before the end by the bridge over the Moika, in a greatcoat that is not yours, with two officers who do not speak. # basis: invented
-> kerensky_pl_end_escape

=== kerensky_pl_hiding ===
You tell Gots that the Committee may use whatever it likes of the government's name except yours. He looks, for a moment, as if he would like to shake your hand. Before noon a Duma clerk takes you out by the yard to a flat on the Petrograd Side that belongs to his sister, and locks the door on you. # basis: invented

{kerensky_pl_call == 1:
    # time: 1917-10-29 15:15
    On Sunday the 29th the schools rise without you, to meet Krasnov, who came north on your order and is at Tsarskoe Selo. From the clerk's sister's window you hear the guns shelling the Vladimir school a few streets away, and at a quarter past three they stop. # basis: plausible # sfx: fortress_guns
- else:
    # time: 1917-10-29 12:00
    On Sunday the 29th the city is quiet. No cavalry came north, and without you the officers at the Duma could not get the schools to move. From the clerk's sister's window you hear the noon gun, and nothing else. # basis: invented
}

The clerk comes in the evening with bread, the papers and a question: the railwaymen of the Finland line will take a man to the frontier on a goods train, with papers in another name, if he goes tonight. # basis: invented

* [Go north tonight]
    ~ kerensky_pl_last = 3
    You go with the clerk to the Finland Station in a cab with the hood up. The goods train smells of wet sacks. At the frontier a Finnish guard reads the name on your papers twice and lets you through. # basis: invented # ambience: railway
* [Stay hidden in the city for the Constituent Assembly]
    ~ kerensky_pl_last = 4
    You tell him that the Constituent Assembly will be elected in a fortnight, and that its first member should not be in Finland. He shrugs and goes. You stay in the clerk's sister's back room, and grow a beard, and read the election results in the papers like anybody else. # basis: invented

- The clerk burns the papers that carry your own name in his sister's stove, all but your card as a deputy of the Duma of 1912. # basis: invented
-> kerensky_pl_end_escape

=== kerensky_pl_end_escape ===
# time: 1917-11-12 08:00
# ambience: off
{
- kerensky_pl_last == 1:
    You spend the night of the 29th in a cellar on the Kolomna side, listening for boots. In the morning a junker who got home alive finds you, because he wants to tell you that he did. # basis: invented
- kerensky_pl_last == 2:
    You spend the night of the 29th in a cellar on the Kolomna side. In the morning the list of the dead at the Vladimir school is pasted on the walls, and the Committee for Salvation's appeal with your name on it beside it. # basis: invented
- kerensky_pl_last == 3:
    On the 12th of November, in a village on the Finnish side, you read that the elections to the Constituent Assembly have begun without you. # basis: invented
- else:
    On the 12th of November the elections to the Constituent Assembly begin, and you walk past a polling station on the Bolshoi Prospekt with a beard nobody knows and vote for nobody. # basis: invented
}
{kerensky_pl_women:The women of the 2nd Company spent some days in the barracks across the river because you kept them.|The women of the 2nd Company, whom you sent home at dusk on the 25th, were never besieged at all.} Smolny has put a price on you. The Committee for Salvation no longer mentions you. {kerensky_pl_shown:You showed yourself in October, and both sides remember it.|Hardly anyone knows you were in the Palace at all; history will say you ran away in the morning.} # basis: invented
# telling: kerensky In this telling Kerensky got out of the Winter Palace as it fell, and went into hiding from the new power and the old one alike.

Epilogue. This ending is plausible, not historical. In reality you left by car on the morning of the 25th, went to the front, and got away from Gatchina in disguise on 1 November; you hid for months and left Russia in 1918. # basis: documented

What historians argue: Mawdsley, in Tony Brenton's collection Was Revolution Inevitable?, thinks the divisions among the Bolsheviks' enemies unavoidable, and here they divide over you. Your memoir, The Catastrophe, blames the right for October; here nobody could say you had left, and it changed little. Whether the junkers would have risen without Krasnov's march is our own reasoning: in history they rose to meet him. # basis: plausible

-> kerensky_fates ->
You went out through the hospital, and the story says a nurse's dress. You will spend your life correcting it. # ending: kerensky_palace_escape
-> END

// Kerensky, chapter 3: the fortress goes over, the night cabinet, the raid on Trud, the speech, the women, the Dan formula.
// 23-24 October 1917 (Old Style). Facts from the bible: section 1 rows 8-12, 2.1 (23 Oct), 2.2 (24 Oct), 3.2, 6.2 (K4), 7.
// The garrison kept (K1) never reaches this chapter: it goes from chapter 2 to 09_garrison.ink.

// true if he tells the women's company why it is being kept at the Palace
VAR kerensky_truth = false
// true if he sends cadets to see the Aurora out to sea (J7): she is not there on the night of 24-25
VAR kerensky_aurora = false
// how he answered Dan's assurance on the night of the 24th: 1 deceived, 2 prove it, 3 the Assembly's date (read in chapter 4, then cleared)
VAR kerensky_dan = 0

=== kerensky_ch3 ===
# chapter: A State of Insurrection
# time: 1917-10-23 21:30
# place: winter_palace
# weather: rain
# ambience: rain_river
Monday, 23 October 1917; in the West, Monday the 5th of November. All evening the Military Revolutionary Committee has been sending its commissars into the barracks, and all evening the district staff has been telephoning you to say so. At half past nine the call you have been waiting for comes from across the river.

The garrison of the Peter and Paul Fortress has gone over. Its soldiers and the cyclist battalion met at the Modern Circus on the Kamennoostrovsky Prospekt at about eight, heard the Committee's speakers, and voted; only a few officers and cyclists were against. The commandant, Colonel Vasiliev, is under house arrest in his own quarters. An ensign called Blagonravov is the Committee's commissar. The Kronverk arsenal, with its rifles, is the Committee's too, and the red guards of the Vyborg Side are already queueing for them. # basis: documented
# map: peter_paul mrc

You stand at the library window. The fortress is across the Neva, a low dark line with the cathedral spire above it, and its guns face this room.

# time: 1917-10-23 23:30
# scene: malachite_room
# ambience: interior_quiet
The ministers meet late, in the Malachite Room, under the green stone and the gilt. For once nobody asks for a memorandum. The government decides what it has put off for a fortnight: to close the Bolshevik papers, Rabochii Put' and Soldat; to arrest the members of the Committee and the Bolsheviks out on bail; to call in loyal troops from the suburbs and the front; and to raise the bridges, so that the Vyborg Side and its factories are cut off from the centre. # basis: documented # ambience: palace_rooms

One question is left to you: whether the government strikes only at the left.

* [Close two papers of the right as well, Zhivoe Slovo and Novaya Rus' #historicity: historical]
    You insist on it. The Republic is not closing the Bolshevik papers because they are socialist but because they preach insurrection, and the monarchist sheets preach pogroms. Two of them will be closed on the same morning. The Kadet ministers look pained. The socialist ministers look relieved, and you think that is worth the pain. # basis: documented
* [Strike only at the Bolshevik papers: this is no time for balance #historicity: plausible]
    ~ kerensky_shift(kerensky_right, 1)
    ~ kerensky_shift(kerensky_left, -1)
    You tell the cabinet that the danger is on one side and the blow will fall on one side. The Kadets nod. Maliantovich says nothing. By noon the Menshevik papers will be asking why the government that freed the Bolsheviks in September now has eyes only for them, and by evening the same question will be asked at the Mariinsky.

-
# scene: map
# time: 1917-10-24 05:40
# place: trud_press
# weather: sleet
# ambience: street_night
Tuesday, 24 October; the 6th of November in the West. Before dawn, militiamen and a detachment of junkers break into the Trud printing plant, where Rabochii Put' and Soldat are printed. They seize the night's copies by the thousand and destroy them, damage the machines, and seal the doors with the government's seal. The warrant is dated the 23rd. You hear of it at seven, over tea, as a thing done. # basis: documented
# map: trud_press government

By eleven you hear the rest. Word reached Smolny within the hour; the Committee sent soldiers of the Litovsky regiment and the 6th Sapper Battalion; the seals were broken and the presses are running again. Rabochii Put' will be on the streets this afternoon. The order to arrest the Committee's members has gone out, and nobody can find anyone who will carry it out. # basis: documented
# map: trud_press mrc

# time: 1917-10-24 11:00
# place: mariinsky
# ambience: crowd_corridor
At about eleven o'clock you go before the Council of the Republic at the Mariinsky. The hall is full and cold. You tell them that a part of the population of Petrograd is in a state of open insurrection, that the government has begun to act, and that you have come for their full support, without conditions, today. You have not slept. The words come anyway, as they always do. # basis: documented

* [Give them the whole indictment: Lenin, the July charges, the German advance]
    You read them the Bolshevik leader's own words from the summer and his paper's words from this week. A state criminal in hiding is calling the garrison to arms while the Germans hold the islands of the Gulf of Riga. The right rises to you. The left benches hear the July charges again, and you see Dan's face close.
* [Speak to the socialist benches: ask them to stand with the Republic, not with you]
    ~ kerensky_shift(kerensky_left, 1)
    You turn to the Mensheviks and SRs and ask them, not for love, but for the Republic they built with you in March. They listen. Dan even nods once. But when you sit down you hear the murmur on those benches, and it is not about the Republic. It is about peace and land, and about why, after seven months, there is still neither.

- You leave them debating. They will vote tonight.

# time: 1917-10-24 14:00
# place: palace_square
# weather: rain
# ambience: off
In the early afternoon there is a review on Palace Square: the 1st Petrograd Women's Battalion, brought in by train from its camp at Levashovo for what the women were told was a parade. You pass along the ranks. They are young, cropped and proud, and they present arms for you as for a general. # basis: documented # music: palace_march

Afterwards the battalion commander, Staff-Captain Loskov, sends most of them back to Levashovo. Half of the 2nd Company, about a hundred and forty women, is kept behind at the Palace, on the pretext that it is to escort fuel from the Nobel works. The staff wants them for the defence of the Winter Palace. The women do not know that. # basis: documented

* [Let the pretext stand #historicity: historical]
    The pretext is not yours: Loskov and the district staff made it between them. You say nothing to unmake it. The staff needs every rifle, and an honest order would be argued over by a company committee until dark. The women march into the courtyard believing they are waiting for lorries. Some of them will work it out by evening. Some of them will say, later, that they were soldiers who had enlisted to fight the Germans, not their own people. # basis: documented
* [Go to them and tell them plainly why they are being kept #historicity: plausible]
    ~ kerensky_truth = true
    You go down into the courtyard and tell the company yourself: there is no fuel to escort; the government expects an attack; they may go back to Levashovo with the others, and no one will call it desertion. There is a long silence. Then the company argues, in the way of 1917, by show of hands. A little under half stay. The ones who stay look at you differently from the ones who march off to the station, and you cannot tell which look is harder to bear.

-
# time: 1917-10-24 16:30
# sfx: footsteps_cobbles
Through the afternoon the bridges are opened on the government's order: spans lifted where they lift, and the Nikolaevsky's swing span turned aside on the water. Only the Palace Bridge is left passable, held by junkers. At the Liteiny a crowd overwhelms the artillery cadets on guard and the bridge is lost within the hour. At four the cyclists who have been guarding the Palace mount and ride away to their barracks. Ministries and schools send their people home; the banks shutter; the trams run, but fewer. # basis: documented
# bridge: nikolaevsky raised
# bridge: troitsky raised
# bridge: liteiny lowered
# map: palace_square government

# ship: aurora franco_russian_works
The Navy's order has gone to the cruiser Aurora, which is finishing her refit at the Franco-Russian Works below the Nikolaevsky Bridge: she is to leave the city for sea trials. The Baltic Fleet's committee and the Military Revolutionary Committee have told her crew to stay where they are, and the Committee has named one of her machinists, Belyshev, commissar. She has not moved. # basis: documented

* [Leave the order with the Naval Staff: a cruiser in refit is no threat #historicity: historical]
    Admiral Verderevsky tells you that the order has been given and that an order given twice is an order doubted. You let it rest. A ship with her engines in pieces, you tell yourself, is a ship that cannot go anywhere. # basis: plausible
* [Send naval cadets aboard with the order in writing, to see her out to sea #historicity: plausible J7]
    ~ kerensky_aurora = true
    You insist, and Verderevsky, who thinks it a waste of cadets, sends them: a lieutenant and thirty young men from the naval school, with the order in writing. Her commander, Lieutenant Erikson, receives them with relief. The crew argue on deck for two hours. Then, faced with rifles and a signature, enough of them go to their stations. At dusk the Aurora drops down the river past the Franco-Russian yards and out towards the sea, with her commissar ashore and furious. # basis: invented
    # ship: aurora kronstadt

-
# time: 1917-10-24 21:00
# scene: kerensky_office
# place: winter_palace
# ambience: interior_quiet
At half past eight the Council of the Republic votes. Dan's resolution passes, a hundred and twenty-three to a hundred and two, with twenty-six abstaining. It condemns the rising, and in the same breath it blames the government for it, and calls for peace and land at once and for a committee of public safety. # basis: documented

You read it and throw it on the table. It is a vote of no confidence dressed as an appeal, and you say so, and you say you will resign, and you send for them. At nine Avksentiev, Dan and Gots come to your office. {kerensky_left == 2:They come as men who still think of you as one of them.|They come as men delivering an ultimatum they half regret.} # basis: documented

Dan does the talking, in the level voice of a man tired of being right. The garrison is going over because the soldiers believe the government will never end the war; the peasants are taking the land themselves because they believe the government will never give it to them. Proclaim tonight, he says, that Russia will ask the Allies for general peace talks at once and that the land passes to the land committees. Put it on every wall by morning. Then the Bolsheviks will have nothing left to rise for but power, and the soldiers will not die for that. # basis: documented

Then, as you will tell it afterwards, he says what he has really come to say. There is no need for force tonight. The Executive has it from the Bolsheviks' own people that they will bow to the will of the Soviet's majority, and that their Committee's men will stand down; it is the raid on the printing works and the junkers on the bridges that keep them in the streets. Leave them be, and by tomorrow it will be over. # basis: documented

Gots, who has said nothing so far, adds one thing more. Do not tell them to wait for the Constituent Assembly. The government has already put its elections off once, from the 17th of September to the 12th of November, and the soldiers have been told to wait for the Assembly since March. Three weeks is a long time in a trench. # basis: plausible

What do you answer first?

* [Tell Dan he is deceived: the Committee's men are in every barracks tonight]
    ~ kerensky_dan = 1
    You tell him that your information is better than his. The Committee has a commissar in every regiment and its men are out on the streets, and the Bolsheviks have told the Executive what the Executive wanted to hear. Dan answers, without heat, that your staff tells you what you want to hear, and that the Kornilov men around you have been praying for a Bolshevik rising since August. Neither of you can prove it before morning.
* [Tell him to prove it: let the Executive order its Committee to recall its commissars by morning]
    ~ kerensky_dan = 2
    If the Bolsheviks mean to stand down, you say, let them. The Executive can order its own committee to recall its commissars from the regiments before morning, and the junkers will leave the bridges the hour it does. Dan says the Executive will put it to them tonight. Gots writes it down. For a moment the room feels almost like March.
* [Answer Gots: the 12th of November will hold, and the Assembly will give the land with all Russia behind it]
    ~ kerensky_dan = 3
    You tell Gots that the date will not move again. The Assembly will meet, and it will give the land with the authority of all Russia; a proclamation tonight would give it with the authority of one tired cabinet, and the peasants would be right to ask what that is worth. Gots says that the Bolsheviks will not wait three weeks, and that he is not sure the peasants will either.

- Dan waits. His resolution lies on the table between you, and the proclamation he wants would take an hour to draft.

* [Refuse: the government will not be dictated to on the night of a rising #historicity: historical]
    -> kerensky_refuse_dan
* [Accept: draft the proclamation of peace talks and the land tonight #historicity: speculative K4]
    -> kerensky_end_peace

=== kerensky_refuse_dan ===
You tell them that the government does not need advice, it needs support, and that it will deal with the insurrection itself. Peace cannot be proclaimed over the Allies' heads in an evening, and land belongs to the Constituent Assembly. Dan answers that by the time the Assembly meets there may be nothing left to give it. Gots looks at the floor. Avksentiev says that the resolution will stand. They leave. # basis: documented # sfx: door_slam

You are alone with the telephones, and it is not yet ten o'clock.
-> kerensky_ch4

=== kerensky_end_peace ===
# time: 1917-10-24 23:50
# sfx: typewriter
You sit down with Dan and draft it yourselves, while Gots telephones the ministers. It is not a peace. It is a promise of peace talks: the government will propose to all the belligerents an immediate armistice and a general peace conference, and it hands the estates to the land committees until the Constituent Assembly decides. By midnight the Kadet ministers have resigned by telephone. By one the British embassy has sent round to ask whether it is true. By two the posters are being pasted up, wet, on the walls of the Vyborg Side. # basis: invented

# time: 1917-10-25 10:00
# weather: sleet
The Committee does not stop. In the night its sailors and red guards take the telegraph and the stations, as they were always going to. But in the barracks the soldiers read your posters beside theirs, and some regiments that were to march ask, by show of hands, what they are marching for. When the Congress of Soviets opens that evening, the Mensheviks and the SRs do not walk out; they stay, waving your proclamation, and Martov's motion for a government of all the socialist parties passes with the Left SRs behind it. Before midnight a delegation of the Congress is on its way to the Palace to ask you to hand over to such a government, and for the first time in a month you are not afraid of the men coming up the stairs. # basis: invented # telling: kerensky In this telling Kerensky accepted Dan's formula on the night of 24 October and proclaimed peace talks, and the land to the land committees.

# ambience: off
What historians argue: this ending is speculative, because that night you refused Dan in anger, and accepting asks you to act out of character. It is the classic lost chance of October. Miéville, in October, takes Dan's plea seriously; Pipes, in The Russian Revolution, doubts that anything short of force could have stopped a party that meant to take power. In the world that happened the Congress passed the Bolsheviks' Decree on Land on the 26th, built on the SRs' peasant mandates: the measure Dan asked of you became their first law. # basis: plausible
~ kerensky_ending = 4
-> kerensky_fates ->

For one night you said what the soldiers had waited seven months to hear. It came late, and it came from you. # ending: kerensky_peace
-> END

// Kerensky, the garrison kept (K1 goes on): the transfer was held back on 8 October, and on the 23rd the fortress votes
// against the Military Revolutionary Committee. Two chapters in that world, then two endings: the government handed
// to the socialist parties of the Congress (kerensky_garrison), or held with the Kadets until the Constituent
// Assembly (kerensky_garrison_assembly).
// Facts from the bible: 1 rows 6, 8, 9, 20, 21; 2.1 (23 Oct); 2.2 (24 Oct hour by hour); 2.3 (25 Oct: Kronstadt, the
// Congress, Martov's motion); 2.4 (the decrees on the SRs' mandates); 2.5 (the elections of 12 Nov); 3.1 (Lenin,
// Trotsky, Kamenev, Blagonravov, Stark); 3.2 (Polkovnikov, Konovalov, Kishkin, the Cossacks); 3.3 (Dan, Gots,
// Avksentiev, Martov, Kamkov); 6 (the historians' frame; 6.2 K1-K4, K6); 7 (#1, #5, #13, #23). What people do here
// that the record does not say is our own reasoning: OUTLINE.md, "The garrison kept (K1)".

// true if the Kronverk arsenal's rifles were carted to the Palace on the night of the 23rd (read on the night of the
// 24th, then cleared)
VAR kerensky_gk_arsenal = false
// the night cabinet's blow on the 23rd: 0 none, the bridges and the exchange held and the Bolsheviks left to move
// first; 1 the papers shut and the warrants signed (the cabinet's real decision); 2 Polkovnikov's plan for Smolny
// tried on the regiments; read on the 24th, folded into kerensky_gk_first at the chapter's end
VAR kerensky_gk_blow = 0
// the telephone exchange in the night of 24-25: 1 the junkers fired, 2 the Executive's deputies talked the column
// home, 3 the Committee's men were let have it; folded into kerensky_gk_first at the chapter's end
VAR kerensky_gk_exchange = 0
// who the city saw strike first, folded at the end of the first chapter and read to the endings: 0 nobody, 1 the
// government (the raid or the plan), 2 the Committee (it took the exchange, whatever the government did before),
// 3 the government, with blood (the junkers fired at the exchange)
VAR kerensky_gk_first = 0
// his answer to Dan's formula on the 24th: 0 refused (history), 1 a note to the Allies and the land bill promised,
// 2 peace talks and the land proclaimed that night (K4; the Kadet ministers resign); read to the endings
VAR kerensky_gk_formula = 0
// where his standing ended with the first chapter (kerensky_left/right folded): 0 with nobody in particular, 1 the
// right, 2 the Executive's socialists; read in the second chapter, cleared at the delegation
VAR kerensky_gk_trust = 0
// Smolny on the 25th: +1 he gave Dan his word that no soldier would go near it while the Congress sat; +2 he sent the
// July warrant for Lenin to the Congress's presidium (so 3 is the warrant sent after the word given); read by the
// Congress and the delegation, then kept only as the word (read in the refusal's last decision)
VAR kerensky_gk_smolny = 0
// true if he gave the Cossack council its paper (read at the delegation, in the endings and the fates)
VAR kerensky_gk_paper = false
// true if he promised Konovalov and Kishkin to hand over to nobody but the Constituent Assembly (read in the endings)
VAR kerensky_gk_promise = false
// true if he made the Congress's delegation wait until morning (read at the delegation, then cleared)
VAR kerensky_gk_waited = false
// true if he first offered the delegation a socialist cabinet under himself (read in the endings)
VAR kerensky_gk_offered = false
// the last decision, set just before the ending and read by the fates: handing over, 1 he asked for the elections,
// 2 for the junkers and officers, 3 for nothing; refusing, 4 Smolny left to its decrees, 5 its commissars' arrest ordered
VAR kerensky_gk_last = 0

=== kerensky_gk ===
# chapter: The Fortress Holds
# time: 1917-10-23 21:30
# place: winter_palace
# scene: kerensky_office
# weather: rain
# ambience: rain_river
# map: smolny mrc
# map: winter_palace government
# map: general_staff government
Monday, 23 October 1917; in the West, Monday the 5th of November. Since morning the Military Revolutionary Committee's commissars have been going from barracks to barracks, and after each visit the district staff rings you with the same report: which gates opened to them. Most did. The soldiers listened, as soldiers this autumn will listen to anybody, and then asked the commissars what exactly they were being asked to defend themselves against. # basis: plausible

# sfx: telephone_ring
At half past nine the call comes from across the river. It is Colonel Vasiliev, the commandant of the Peter and Paul Fortress, and he sounds like a man who has been shouted at for three hours and has won. The Committee's speakers came to the Modern Circus at eight and to the fortress after it, and the garrison and the cyclists heard them out. Then the soldiers asked why they should take orders from a committee at Smolny instead of the district, when nobody was ordering them anywhere. The vote went against the Committee. Its commissar, an ensign called Blagonravov, has been walked back over the Troitsky Bridge with his mandate in his pocket. The cyclists cheered. The Kronverk arsenal is still locked. # basis: plausible
# map: peter_paul government
# telling: garrison In this telling the soldiers of the Peter and Paul Fortress voted against the Military Revolutionary Committee on 23 October, and kept the Kronverk arsenal shut.

You make him say it twice, and you write it down in your own hand, as if a thing written down could not be taken back. Across the water the fortress is a low dark line under the cathedral spire. For a week you have looked at it as a gun. Tonight it is only a fortress. # basis: invented

Vasiliev has one question. The arsenal's racks hold the rifles the red guards have been asking for all month, and the Committee's men know exactly where the door is. His soldiers voted tonight to keep it shut. What does the government want done with it? # basis: plausible

* [Send lorries and junkers tonight to cart the rifles across to the Palace #historicity: plausible]
    ~ kerensky_gk_arsenal = true
    ~ kerensky_shift(kerensky_right, 1)
    You tell him that a locked door is a promise, and that you prefer rifles. At two in the morning the lorries cross the Troitsky Bridge with junkers on the tailboards, and the fortress soldiers watch from the walls as their arsenal goes out of the gate under another school's guard. Vasiliev does what he is told. He does not telephone again. # basis: invented # sfx: motor_car
* [Leave the arsenal to the men who voted to keep it shut #historicity: plausible]
    ~ kerensky_shift(kerensky_left, 1)
    You tell Vasiliev to thank the soldiers in your name and to keep the keys himself. A garrison that has just chosen the government can be trusted with a storeroom. He says he will read your words to them at roll-call, and for once you believe that somebody will. # basis: invented

- -> kerensky_gk_cabinet

=== kerensky_gk_cabinet ===
# time: 1917-10-23 23:30
# scene: malachite_room
# ambience: palace_rooms
The cabinet sits late in the Malachite Room, and for once the news at the head of the long table is good. The staff brings the measures it has kept in a folder for a fortnight: close Rabochii Put' and Soldat; arrest the Committee's members, and the Bolsheviks who are out on bail; call in troops from the suburbs and the front; open the bridges and cut the Vyborg Side's factories off from the centre. Nobody disputes the bridges. The rest divides the table. # basis: plausible

Kishkin, the Moscow doctor, speaks for the Kadets. The Bolsheviks have lost the fortress in an evening; strike now, before they find another grievance, and the Congress of Soviets will meet on Wednesday without them at the helm. Maliantovich, your Menshevik Minister of Justice, answers with a lawyer's care. The Congress meets in two days. Whatever the government does tonight, the Bolsheviks will read it aloud from the Congress's tribune. Let them be the ones with something to explain. # basis: invented

Polkovnikov, asked what the regiments will do, gives the answer he has given all week in other words. They will stay in their barracks on the district's order; they have stopped listening to the Committee. Whether they would come out for the government is another question, and he would not like to be the officer who asks it. The Cossack council has said what it always says: not without infantry. # basis: plausible

* [Shut the two papers at dawn and sign the warrants for the Committee #historicity: historical]
    ~ kerensky_gk_blow = 1
    ~ kerensky_shift(kerensky_right, 1)
    You side with Kishkin. The papers that preach insurrection will be shut before the first edition; the warrants go to the militia tonight. Maliantovich signs what his office must sign, and asks for his objection to be minuted. It is. # basis: plausible
* [Shut nothing: hold the bridges, the exchange and the stations, and let them move first #historicity: plausible]
    ~ kerensky_shift(kerensky_left, 1)
    You tell them what you have said all month, and for once mean the second half of it: if the Bolsheviks want to act, let them act, in front of everybody, against a government that has done nothing to them. The junkers will hold the bridges, the telephone exchange and the stations; the papers and Smolny will be left alone. Kishkin says that this was the policy of August, and that it very nearly finished you. # basis: invented
* [Take Polkovnikov's plan for Smolny out of its drawer, and ask the regiments for it #historicity: plausible K2]
    ~ kerensky_gk_blow = 2
    ~ kerensky_shift(kerensky_right, 1)
    ~ kerensky_shift(kerensky_left, -1)
    You ask Polkovnikov whether, with the fortress holding, he now has the three regiments his plan needs. He says he will know before dawn. You tell him to ask them. Maliantovich looks at you as though you had proposed to settle a lawsuit by setting fire to the court. # basis: invented

- -> kerensky_gk_morning

=== kerensky_gk_morning ===
# weather: sleet
{kerensky_gk_blow:
- 1:
    # time: 1917-10-24 05:40
    # place: trud_press
    # scene: map
    # ambience: street_night
    # map: trud_press government
    Tuesday, 24 October; the 6th of November in the West. Before first light a detachment of militia and junkers forces its way into the Trud printing works, destroys the night's Rabochii Put' and Soldat by the thousand, damages the presses and seals the doors. # basis: plausible
    # map: trud_press mrc
    By noon the seals are broken. Not by the Litovsky regiment, as the staff feared: its committee voted to stay in barracks on the district's order. It was some hundreds of red guards from the Vyborg Side, with a few sailors, and by one the presses are running again. The militia who went out with the warrants for the Committee have found nobody at the addresses on them. Here the raid gives the Committee the cue it gave in the October that happened, and the cue is nearly all it has. # basis: invented
    History keeps the words Trotsky woke a comrade with on the morning of the raid: "Kerensky is on the offensive! We need everyone at Smolny!" # basis: quoted Trotsky on the telephone to Lomov, 24 Oct (Miéville)
- 2:
    # time: 1917-10-24 05:00
    # place: general_staff
    # scene: map
    # ambience: interior_quiet
    Tuesday, 24 October; the 6th of November in the West. Polkovnikov comes across the square at five with his answer. The Semyonovsky and the Preobrazhensky will stay in their barracks on the district's order, as they promised; their committees will not march on the Soviet two days before its Congress, and have said so in writing. The Cossacks repeat their word about infantry. The plan goes back into its drawer. # basis: invented
    By nine Smolny knows that the district asked two regiments to march on it. The Committee prints the regiments' answer on a handbill and pastes it on every wall of the Vyborg Side. It has not won the garrison. It has been given your intention, in writing. # basis: invented
- else:
    # time: 1917-10-24 07:00
    # place: winter_palace
    # scene: kerensky_office
    # ambience: interior_quiet
    Tuesday, 24 October; the 6th of November in the West. Rabochii Put' comes up with the tea, unmolested, calling on the workers to defend the Congress against a counter-revolution it cannot quite point to. The Committee's commissars spend the morning at barracks gates where the sentries have the district's order to let nobody in without a pass. The paper's loudest line is a question: why has the government done nothing? You read it twice, with pleasure. # basis: invented
}

# time: 1917-10-24 11:00
# place: mariinsky
# scene: map
# ambience: crowd_corridor
At about eleven you take the tribune of the Council of the Republic, as you had meant to since Sunday. # basis: plausible
{kerensky_gk_blow:
- 1: You have a blow of the government's to explain, and the hall wants to know whether it was the first or the last. # basis: invented
- 2: Smolny's handbill has got there before you, and the hall wants to know why the government asked two regiments to march on the Soviet. # basis: invented
- else: You have nothing to report but a quiet night and a fortress that stayed loyal, and you find it harder to make a speech out of that than out of a catastrophe. # basis: invented
}

* [Declare a state of insurrection and ask for full powers #historicity: historical]
    ~ kerensky_shift(kerensky_right, 1)
    ~ kerensky_shift(kerensky_left, -1)
    You tell them that part of the capital's population is preparing an insurrection, that the Bolshevik leader is a state criminal hiding in the city, and that the government asks for their support today, without conditions. The right rises to you. On the socialist benches Dan's face closes, and somebody says, loudly enough to be minuted, that the only insurrection in the city this morning is in the Minister-President's speech. # basis: invented
* [Tell them the garrison has chosen the Republic, and the Congress may meet in peace #historicity: plausible]
    ~ kerensky_shift(kerensky_left, 1)
    You tell them that the fortress has shut its gates on the Committee, that the regiments are in their barracks by their own vote, and that the Congress of Soviets will open tomorrow in a city at peace, under a government it is free to abuse. The socialist benches applaud. On the right a voice asks whether the Minister-President will be sending the Congress flowers. # basis: invented

- -> kerensky_gk_dan

=== kerensky_gk_dan ===
# time: 1917-10-24 16:30
# place: winter_palace
# scene: map
# weather: rain
# ambience: rain_river
# bridge: nikolaevsky raised
# bridge: troitsky raised
# bridge: liteiny raised
# map: palace_square government
In the afternoon the bridges go up or swing aside as the government ordered, all but the Palace Bridge, which the junkers hold. At the Liteiny a crowd from the Vyborg Side argues with the artillery cadets for an hour; there are no soldiers in it, and at dusk it goes home. # basis: invented

# time: 1917-10-24 21:00
# scene: kerensky_office
# ambience: interior_quiet
At half past eight Dan's resolution carries in the Council of the Republic. It condemns the Bolsheviks' preparations, and then turns on the government for the grievances that feed them: it asks for peace talks and the land at once, and a committee of public safety. At nine Avksentiev, Dan and Gots are shown into your office. {kerensky_left >= 2:Dan shakes your hand first, as a colleague with a favour to ask.|Nobody offers a hand; they have terms to deliver.} # basis: plausible

Dan does the talking, in the flat voice of a man who has been right too often to enjoy it. You have the regiments tonight, he says, and that is exactly why you can afford to be generous. A government that gives peace and land from strength is giving them; one that gives them from fear is selling them. The soldiers are in their barracks because nobody gave them a reason to leave, and that is not the same as loyalty. Announce tonight that the Republic is asking its allies for a general peace conference, and that the estates go to the land committees until the Assembly decides, and the Bolsheviks will go to their Congress with nothing to offer it but themselves. # basis: invented

Gots adds what the Executive has heard from Smolny this afternoon: Trotsky telling the Bolshevik delegates that it would be a mistake to arrest the government. "This is defence, comrades. This is defence." # basis: quoted Trotsky to the Bolshevik delegates, 24 Oct (Miéville)

Most of their leaders want to wait for the Congress, Gots says. Give the ones who wait something to wait for. # basis: invented

* [Refuse: peace cannot be made over the Allies' heads, and the land is the Assembly's #historicity: historical]
    You tell them what you have told them every week since September. The Republic cannot open peace talks behind its allies' backs, and it cannot give away land that belongs to the Constituent Assembly in three weeks' time. Dan hears you out. Then you have written Lenin's speech for tomorrow, he says, and they go. # basis: invented # sfx: door_slam
* [Meet them halfway: a note to the Allies asking for peace talks, and the land bill before the Council this week #historicity: plausible]
    ~ kerensky_gk_formula = 1
    ~ kerensky_shift(kerensky_left, 1)
    You offer what a government can do in a week rather than a night: a note to the Allied governments tomorrow, asking for a conference on general terms of peace, and the government's land bill laid before the Council of the Republic by Saturday. Dan says it is less than he asked and more than he expected. Gots says the soldiers do not read notes to the Allies. Avksentiev says the Council will sit on Saturday. # basis: invented
* [Accept: proclaim the peace talks and the land tonight #historicity: speculative K4]
    ~ kerensky_gk_formula = 2
    ~ kerensky_shift(kerensky_left, 2)
    ~ kerensky_shift(kerensky_right, -2)
    Dan writes and you correct. The Republic will propose an armistice to every warring power and a conference on general peace; until the Assembly decides, the estates pass to the land committees. Konovalov, reached by telephone, resigns before you have read him the second clause, and Kishkin and the other Kadets follow him within the hour. At two in the morning soldiers of the district are pasting the proclamation on the barracks walls, and the Bolshevik paper's compositors are setting it in type to reprint with a reply. # basis: invented # sfx: typewriter
    # telling: kadets In this telling the Kadet ministers resigned on the night of 24 October, over Kerensky's proclamation of peace talks and the land.

- -> kerensky_gk_night

=== kerensky_gk_night ===
# time: 1917-10-24 23:00
# scene: map
# ambience: street_night
That evening, in a flat on the Vyborg Side that your militia has never found, Lenin writes to the members of his Central Committee that "everything now hangs by a thread", and that they must "at all costs, this very evening, this very night, arrest the government". Then he puts on his wig and goes to Smolny, leaving his hostess a note to say that he has gone where they did not want him to go. # basis: quoted Lenin, letter to the CC members, 24 Oct (CW 26)

He crosses a river whose bridges you have raised, by a way the district never learns. # basis: invented
# telling: lenin In this telling Lenin went to Smolny on the night of 24 October to press for a rising that the garrison would not join.

# time: 1917-10-25 01:30
# map: telegraph contested
By half past one your reports are of workers, not soldiers. Red guards from the factory districts are in the centre, on foot and in lorries, with sailors of the Guards naval crew among them; a dozen sailors under a man called Stark walked into the Telegraph Agency at nine and nobody stopped them. At the central telegraph red guards and the junkers' guard face each other across the street. The regiments stay in their barracks. The Keksgolm, asked by the Committee for a company, has voted to wait for the Congress. {kerensky_gk_arsenal:The red guards who have rifles have their own; the Kronverk racks are in your cellars.|Some of the red guards carry rifles from the Kronverk racks; the fortress soldiers sold a few through the gate, Vasiliev admits, after all.} # basis: invented

# sfx: telephone_ring
At half past two the central telephone exchange rings on one of its own lines. A junker lieutenant: a column of some hundreds of red guards, with sailors, is in the Morskaya. Its commander demands the building in the name of the Military Revolutionary Committee. The lieutenant has sixty cadets and a machine-gun in the doorway, and he wants his orders from you, not from the district. # basis: invented

* [Hold the doors, and fire if they are rushed #historicity: plausible]
    ~ kerensky_gk_exchange = 1
    You tell him to hold, and to fire if they come at the doors. At ten to three they come. The machine-gun fires for less than a minute. When it stops there are red guards dead on the setts of the Morskaya, a junker dead in the doorway, and the column has gone back to the corner, where it stays until dawn and does not come again. # basis: invented # sfx: machine_gun_far
* [Ring the Executive: let the Soviet's own deputies talk the column home #historicity: plausible]
    ~ kerensky_gk_exchange = 2
    ~ kerensky_shift(kerensky_left, 1)
    You ring Gots. Two of the Executive's deputies, a Menshevik and an SR, go down to the Morskaya in a cab and stand between the column and the machine-gun, talking. The commander telephones Smolny from a shop. Whoever answers him says that the Committee's orders are to defend the Congress, not to take the city, and at four the red guards march off towards the Nevsky, singing. # basis: invented # sfx: footsteps_cobbles
* [Give them the building, and let the whole city see who moved first #historicity: plausible]
    ~ kerensky_gk_exchange = 3
    You tell the lieutenant to march his cadets out by the back door with their rifles and leave the front to the Committee. By four the exchange is the Committee's, and your telephones die one after another until two lines are left that its men have missed. It is the first building in Petrograd taken from the Republic at gunpoint without a shot, and you have made sure that everyone will know who held the gun. # basis: invented
    # map: telephone_exchange mrc

- -> kerensky_gk_dawn

=== kerensky_gk_dawn ===
# time: 1917-10-25 07:30
# place: winter_palace
# scene: kerensky_office
# weather: rain
# ambience: rain_river
The grey comes up over a city that has not risen. Polkovnikov's order of yesterday, that every unit stay in barracks and obey no other body, has been obeyed; it is the most surprising thing you have seen since March. {kerensky_gk_exchange == 3:The Committee holds the telephone exchange and the Telegraph Agency, and the men who took them are asleep on the floors.|The Committee holds the Telegraph Agency and not much else: nothing it would need to hold a city.} # basis: plausible
# map: telegraph government

# sfx: telephone_ring
The Executive's man, the SR who still takes your calls, rings at half past seven. He was at Smolny all night, and what he has to tell you he heard in corridors. Lenin came in the night, in a wig, and Dan recognised him in a side room. Lenin wanted the Palace taken before the Congress opened. Kamenev said that a rising without the garrison was the very adventure he had warned the party against in print. Trotsky said the Congress would meet tonight and could take the power itself, if the Committee kept it safe till then; and since the regiments would not march, Trotsky's way was the only one left. The red guards were told to hold what they had and guard the Congress. # basis: invented

Then he passes on a question from Dan. When Dan opens the Congress tonight, may he tell the delegates that the government gives its word: no soldier and no junker will come near Smolny while the Congress sits? # basis: invented

* [Give your word #historicity: plausible]
    ~ kerensky_gk_smolny = 1
    You give it, and you hear him write it down. It costs you nothing this morning. As you put the receiver back you have the feeling, familiar to a lawyer, of having signed something without reading it twice. # basis: invented
* [Give no word: the government does not bind its hands to the Soviets #historicity: plausible]
    You tell him that the government will keep order wherever order is threatened, Smolny not excepted, and that it gives no undertakings to the Soviets or to anyone else. He says he will tell Dan exactly that, in those words. # basis: invented

-
// Fold: who struck first, and where his standing ended; what no later line reads is cleared, so the walk's states stay few.
{
- kerensky_gk_exchange == 1:
    ~ kerensky_gk_first = 3
- kerensky_gk_exchange == 3:
    ~ kerensky_gk_first = 2
- kerensky_gk_blow > 0:
    ~ kerensky_gk_first = 1
}
{
- kerensky_left >= 2 && kerensky_right < 2:
    ~ kerensky_gk_trust = 2
- kerensky_right >= 2 && kerensky_left < 2:
    ~ kerensky_gk_trust = 1
}
~ kerensky_gk_arsenal = false
~ kerensky_gk_blow = 0
~ kerensky_gk_exchange = 0
~ kerensky_left = 0
~ kerensky_right = 0
-> kerensky_gk_congress

=== kerensky_gk_congress ===
# chapter: The Congress Asks
# time: 1917-10-25 10:00
# place: winter_palace
# scene: kerensky_office
# weather: rain
# ambience: palace_rooms
# paper: delo_naroda invented The garrison keeps the peace: the Congress of Soviets opens tonight at Smolny
Wednesday, 25 October 1917; in the West, the 7th of November. On the day the Congress of Soviets opens, the government of the Republic is still in its Palace, with {kerensky_gk_first == 2:two telephones that work|its telephones}, the Palace Bridge and a fortress that fires its noon gun on the district's clock. The SR paper on your desk says that the garrison has kept the peace. You would like to believe it has kept you. # basis: invented

Maliantovich comes at ten with a folder. Since July his ministry has held a warrant for Lenin's arrest on the charge of treason, and this morning it knows where Lenin is: at Smolny, where Dan saw him in the night. {kerensky_gk_formula == 2:The Kadet papers, whose ministers resigned last night, ask|The Kadet ministers ask} what the government means to do with its warrant. Maliantovich asks the same thing, in the tone of a man who would rather not be told. # basis: plausible
{kerensky_gk_smolny == 1:You gave Dan your word at dawn that no soldier would go near Smolny. A warrant is not a soldier. You notice that you have already begun to argue it.}

* [Send the warrant to the Congress's presidium: the Republic's law runs at Smolny too #historicity: plausible K3]
    ~ kerensky_gk_smolny = kerensky_gk_smolny + 2
    A militia officer carries it to Smolny at noon, unarmed, as the law requires. The sailors at the gate take it from him and send it upstairs. The old Executive, still the Congress's host until tonight, answers in writing within the hour: no delegate will be surrendered to anyone on the day of the Congress. By evening every delegate has read your warrant, and those who came to Smolny undecided have been given something to decide about. # basis: invented
* [Leave it in the folder: a Lenin in the hall is a Lenin everyone can see #historicity: plausible]
    You tell Maliantovich to keep it where it is. An arrested Lenin would be in every speech tonight. A Lenin free in a side room is one voice among the Bolsheviks, and the one that lost last night's argument. Maliantovich puts the folder back under his arm as if it had grown lighter. # basis: invented

-
# time: 1917-10-25 13:00
# scene: map
# ambience: rain_river
# map: smolny mrc
# ship: aurora franco_russian_works
At noon the fortress fires its gun from the Naryshkin bastion, as it does every day. At one the ships come up from Kronstadt, the minelayer Amur among them, crowded to the rails with sailors in black pea-jackets. Several thousand land on the English Embankment and march off towards Smolny, to guard a Congress nobody is attacking. They pass within sight of your windows and do not turn towards them. The Aurora lies where she has lain all week, at the Franco-Russian Works, with a commissar aboard and nowhere to go. # basis: plausible

# time: 1917-10-25 15:00
# scene: kerensky_office
# ambience: crowd_corridor
# sfx: door_knock
At three the Cossack council's delegates come up the stairs, in the red-striped trousers and careful boots of the Don. The grey esaul with the Saint George cross who asked you about Kornilov on Saturday does the talking from the start. {kerensky_kornilov:He begins by saying that the regiments have not forgotten what you told them about the general.|He does not mention the general, which is a way of mentioning him.} # basis: invented
~ kerensky_kornilov = false

The regiments have watched the sailors march past, he says. They will stand in Palace Square tonight, mounted, while the Congress sits, and Polkovnikov tells them the Semyonovsky will give a company for the gates, which is infantry enough for one night. But they have ridden for governments before and been called Kornilov's men for it. This time they want it in writing, over your name: that the government will give its power to no congress, only to the Constituent Assembly; and that no law about the land will touch the lands of the Cossack hosts until the hosts themselves have voted on it. {kerensky_gk_trust == 1:He says it as a man who expects to be given it.|He says it as a man who expects to be refused.} # basis: invented

* [Give them the paper, signed #historicity: plausible K6]
    ~ kerensky_gk_paper = true
    You write it out yourself, because a clerk would ask what it meant. At dusk the Don regiments ride into Palace Square and stand in the rain, horses steaming, with a company of the Semyonovsky at the Palace gates. From the windows it looks very like a government. # basis: invented # sfx: footsteps_cobbles
    # map: palace_square government
    # telling: cossacks In this telling the Don regiments stood in Palace Square on the night of the Congress, on a written promise from Kerensky.
* [Keep your pen: the government's answer to the Congress is not for sale #historicity: plausible]
    You tell them that the government's answer to the Congress will be given to the Congress, not sold to anybody beforehand. The esaul says he understands entirely, and that the regiments will stay in their barracks, neutral, as they have all autumn. From the windows the square looks as it always looks: wet, and very large. # basis: invented

- -> kerensky_gk_kadets

=== kerensky_gk_kadets ===
# time: 1917-10-25 19:00
# scene: malachite_room
# ambience: palace_rooms
{kerensky_gk_formula == 2:
    At seven Konovalov and Kishkin come back as private men, having resigned by telephone last night over your proclamation. They have not come to return. They have come to see whether there will be a government to return to. # basis: invented
- else:
    At seven Konovalov and Kishkin ask to see you alone, after the cabinet. Konovalov, your deputy, the Moscow mill-owner, does the talking; Kishkin, the doctor, watches your hands. # basis: invented
}

Their request is short. Tonight the Congress will ask you for power; the whole city knows it. The Kadets will not sit in a government that holds office by Smolny's leave. They want your promise, now, that the government will pass to the Constituent Assembly or to nobody{kerensky_gk_formula == 2:, and on that promise they will come back to their chairs tomorrow|}. Kishkin adds, as a doctor adds a second prescription, that a government with the garrison in barracks and the Cossacks {kerensky_gk_paper:in its square|within reach} could send the Congress home in the morning. You think of August, when officers and Kadets last asked you for firmness, and of the general whose name it turned out to have. # basis: invented

* [Give them your promise #historicity: plausible]
    ~ kerensky_gk_promise = true
    You give it. Konovalov shakes your hand like a man closing a sale. Kishkin does not mention sending the Congress home again, and you are grateful to him for that. # basis: invented
* [Promise nothing: your answer is for the Congress's delegates when they come #historicity: plausible]
    You tell them that you will hear the Congress before you answer it, and that you will not answer it in advance to them. Konovalov says he understands, and that he will have his resignation written out so that it needs only a date. # basis: invented

- -> kerensky_gk_hall

=== kerensky_gk_hall ===
# time: 1917-10-25 22:40
# scene: smolny_hall
# ambience: crowd_corridor
# telling: congress_of_soviets In this telling the Congress of Soviets opened on 25 October with no rising behind it, and sent a delegation to the Winter Palace to ask for the government.
At twenty to eleven, across the city, Dan opens the Second Congress of Soviets in the white-colonnaded hall that was the noble girls' ballroom. Your adjutant is there, the captain who has kept your hours since the islands fell, in a borrowed greatcoat with a newspaperman's card, and he {kerensky_gk_first == 2:sends a runner every hour, since the exchange is the Committee's|telephones from the corridor every hour}. # basis: plausible

Some six hundred and fifty delegates, he reports, and the Bolsheviks the largest party by far; with the Left SRs, a majority. # basis: plausible
{kerensky_gk_first:
- 3: The Bolshevik speakers read out the names of the red guards killed at the telephone exchange, and the hall stands for them. Nobody walks out. Nobody defends you, either. # basis: invented
- 1: The Bolshevik speakers hold up the government's blow of yesterday and call on the Congress to defend itself, though nobody is attacking it tonight. # basis: invented
- 2: The Menshevik speakers, before anything else, condemn the Committee's seizure of the telephone exchange as a conspiracy that the garrison refused to join, and half the hall cheers them. # basis: invented
- else: Nobody has heard a shot all day, and there is nothing for anybody to walk out over. # basis: invented
}
{
- kerensky_gk_smolny >= 2:
    Trotsky reads your warrant for Lenin aloud from the tribune, and the roar comes down the telephone line. # basis: invented
- kerensky_gk_smolny == 1:
    Dan announces from the chair that the Minister-President has given his word that no soldier will come near Smolny. The hall laughs, and then, since nobody has seen a soldier all day, stops laughing. # basis: invented
}

Martov, almost voiceless, proposes a government of all the parties of the soviets, so that power can pass without a war among socialists. The Bolsheviks vote for it, and the Left SRs. Then the Congress votes that power must pass to the soviets, and since it has no garrison to take it with, it sends to the Winter Palace for it: Dan, Martov and Kamkov of the Left SRs are to ask you to hand the government to the socialist parties until the Constituent Assembly meets. Lenin, the captain adds, sat in a side room all evening and did not speak. # basis: plausible

# time: 1917-10-26 00:40
# scene: kerensky_office
# sfx: telephone_ring
At twenty to one Polkovnikov rings. The delegation's motor car is at the junkers' barrier on the Millionnaya, with a sailor on the running board. Does the Minister-President receive them tonight? # basis: invented

* [Receive them now, whatever the hour #historicity: plausible]
    You tell him to bring them up. You have received worse news at worse hours, and you would rather hear it from Dan than read it in the morning. # basis: invented
* [Make them wait until morning: the government does not answer Smolny at midnight #historicity: plausible]
    ~ kerensky_gk_waited = true
    You tell him that the government will receive the Congress's delegates at nine. Polkovnikov repeats it, so that you can hear how it sounds. The motor car turns round on the Millionnaya and goes back to Smolny, where, the captain tells you an hour later, the Bolshevik speakers are saying that the government would not even open its door. # basis: invented

- -> kerensky_gk_delegation

=== kerensky_gk_delegation ===
{kerensky_gk_waited:
    # time: 1917-10-26 09:00
    They come at nine, after a night in the Congress's lobby, and Martov has had the night to write. # basis: invented
- else:
    # time: 1917-10-26 01:30
    They come at half past one, wet from the Millionnaya, and Martov is coughing into his handkerchief before he is through the door. # basis: invented
}
# ambience: interior_quiet
You receive them in the library. Dan has the Congress's resolution; Martov, whose voice is almost gone, has the arguments; Kamkov, the youngest man in the room, has the impatience. {kerensky_gk_trust == 2:Dan calls you Alexander Fyodorovich, as he did in the spring.|Dan calls you Minister-President, and leaves the rest in the air.} # basis: invented

The Congress asks you, Dan says, to hand the government to the socialist parties of the soviets, all of them, until the Constituent Assembly meets. # basis: invented
{kerensky_gk_formula:
- 2: You gave the country peace talks and the land on Tuesday night; he says that first, and means it. It is why the Mensheviks and SRs are still in the hall, and why he can ask this of you as a friend. # basis: invented
- 1: Your note to the Allies was in the morning papers, he says, and the hall read it and asked what a note had ever done for a soldier. # basis: invented
- else: On Tuesday you refused him peace and land. He does not say so; he does not need to. # basis: invented
}

Martov says the rest, between coughs. The garrison stayed in its barracks because nobody gave it a reason to leave, and it will stay there whoever sits in this room; that is not your strength, it is your last week. The Congress is the only majority Russia has tonight. If the Palace refuses it, the Bolsheviks will say the Mensheviks had their chance, and next time they will not send a delegation. {kerensky_gk_smolny >= 2: You sent a warrant into our hall, he adds; the hall answered it, not I.}{kerensky_gk_first == 3: There are dead men in the Morskaya, and whoever governs will have to bury them.}{kerensky_gk_waited: You made the Congress wait all night on your doorstep, and the Bolsheviks spent the night telling it why.} # basis: invented

Kamkov wants one thing said, by whoever governs: the land, now. # basis: invented

You could answer them in your sleep. The soviets speak for the towns and the front, and Russia is a nation of peasants who will elect their own Assembly in three weeks. You proclaimed a Republic in September without asking any congress's leave. {kerensky_gk_paper:A paper with your name on it is in the Cossack council's office.} {kerensky_gk_promise:Konovalov has your promise.} # basis: invented

* [Hand over to a government of the socialist parties until the Assembly meets #historicity: plausible]
    ~ kerensky_gk_smolny = kerensky_gk_smolny mod 2
    ~ kerensky_gk_trust = 0
    ~ kerensky_gk_waited = false
    -> kerensky_gk_handover
* [Refuse: the Congress is not the nation, and only the Constituent Assembly can replace you #historicity: plausible]
    ~ kerensky_gk_smolny = kerensky_gk_smolny mod 2
    ~ kerensky_gk_trust = 0
    ~ kerensky_gk_waited = false
    -> kerensky_gk_refusal
* [Offer a cabinet with a socialist majority, under yourself, answerable to the Council of the Republic #historicity: plausible]
    ~ kerensky_gk_offered = true
    ~ kerensky_gk_smolny = kerensky_gk_smolny mod 2
    ~ kerensky_gk_trust = 0
    ~ kerensky_gk_waited = false
    -> kerensky_gk_offer

=== kerensky_gk_offer ===
# time: 1917-10-26 14:00
You offer them the government and keep the chair: socialist ministers in every post the Kadets hold, a cabinet answerable to the Council of the Republic, and yourself at its head until the Assembly. It is a good offer, and you make it well. Dan takes it back to Smolny because it is his duty to take back whatever he is given. Martov takes nothing back; he looks at you as if you had confirmed a diagnosis. # basis: invented

At two in the afternoon Dan telephones himself. The Congress has voted your offer down: the Bolsheviks and the Left SRs against, Martov's people abstaining, only the Mensheviks and SRs of the old Executive for it. Martov told the hall that you wished to head a revolution you had not made, for the second time this year. The Congress will wait for your answer until evening. After that, Dan says, he cannot answer for it. # basis: invented

* [Hand over after all #historicity: plausible]
    -> kerensky_gk_handover
* [Refuse them now #historicity: plausible]
    -> kerensky_gk_refusal

=== kerensky_gk_handover ===
# scene: kerensky_office
You tell them that the Republic does not belong to you, and that you will not be the man who fires on a Congress of Soviets to keep a chair. # basis: invented

# time: 1917-10-26 18:00
{kerensky_gk_offered:Dan comes back at six with Martov and the names.|At six Dan's delegation comes back with the names of the new government.} Yours is not among them, and you find that you expected it. # basis: invented
# telling: kerensky In this telling Kerensky handed the government to the socialist parties of the Congress of Soviets on 26 October, and went down the great staircase a private man.

You sign the transfer at the library desk with Martov's pen, because yours has run dry, and he takes it back without a word. Then Dan, folding the paper, asks, as though the question were part of the form, whether the outgoing Minister-President has anything to ask of his successors. # basis: invented

* [Ask that the elections to the Constituent Assembly go ahead on the 12th of November, without a day's delay #historicity: plausible]
    ~ kerensky_gk_last = 1
    Dan promises it. Martov says nothing, which from Martov is a kind of promise too. On the 12th the country begins to vote, and you vote with it, as a private citizen. # basis: invented
* [Ask that nobody be arrested for having obeyed you: the junkers, the Cossacks, the officers, Polkovnikov #historicity: plausible]
    ~ kerensky_gk_last = 2
    Kamkov laughs; Dan does not. The new government's first order sends the junker schools home with their rifles and Polkovnikov to the Don on a pass. It is the only order of the week that nobody argues with. # basis: invented
* [Ask for nothing #historicity: plausible]
    ~ kerensky_gk_last = 3
    You ask for nothing. You have asked this city for everything since March. It gave you most of it, and then the rest to somebody else. # basis: invented

-
# ambience: off
{
- kerensky_gk_promise:
    Konovalov's chair in the Malachite Room is empty by night. The Kadets' statement in the morning says that the Minister-President's promises last about as long as his cabinets. # basis: invented
- kerensky_gk_formula == 2:
    The Kadets' chairs in the Malachite Room have been empty since Tuesday, and nobody has moved them. # basis: invented
- else:
    The Kadet ministers resign that night and leave their chairs pushed in, as tidy men do. # basis: invented
}
{kerensky_gk_paper:The Cossack council sends your written promise back in an envelope, with no covering letter.} {kerensky_gk_first == 3:On Sunday the red guards killed at the telephone exchange are buried on the Field of Mars, and the new government walks behind the coffins.} # basis: invented

What historians argue: Trotsky, in his History of the Russian Revolution, made the garrison's quarrel with the staff the real victory of October, which the rising of the 25th only supplemented; without it the Bolsheviks had to rise as a party, and the regiments had no reason to follow. Figes, in A People's Tragedy, holds Lenin's intervention decisive; here it found no soldiers. A government made by the Congress is our own reasoning's likeliest result. Whether it would have lasted through the war, the Assembly and the winter, nobody can say. # basis: plausible
~ kerensky_ending = 5
-> kerensky_fates ->

You hand over, and walk down the great staircase a private citizen. # ending: kerensky_garrison
-> END

=== kerensky_gk_refusal ===
# scene: malachite_room
You tell them that the soviets speak for the towns and the front, that Russia will elect its own Assembly in three weeks, and that until then the government stays. Dan hears you out and tells you, quite gently, that the Mensheviks and SRs will leave your government with the Bolsheviks' votes or without them. # basis: invented

# time: 1917-10-26 20:00
{kerensky_gk_formula == 2 && not kerensky_gk_promise:Your socialist ministers resign by evening, and since the Kadets went on Tuesday, you are a cabinet of one.|By evening your socialist ministers have resigned, Maliantovich last, with a letter kinder than the others.} That night the Congress passes decrees of its own: an immediate peace proposed to every belligerent people, and the land to the peasants' committees, on the SRs' own mandates. It elects a council of people's commissars to sit at Smolny and send the ministries orders they do not obey, and at dawn its delegates go home. There are two governments in the city again, as in March; this time you are on the other side. # basis: invented
# telling: kerensky In this telling Kerensky refused the Congress of Soviets its government on 26 October and held on, with the Kadets, for the Constituent Assembly.

# time: 1917-10-27 10:00
On Friday morning {kerensky_gk_formula == 2 && not kerensky_gk_promise:Kishkin, a private man since Tuesday,|Kishkin} and Polkovnikov come to you together. The commissars of Smolny, Lenin and Trotsky among them, are issuing decrees in the Republic's name, and Kishkin wants them arrested. Polkovnikov wants only to know whether it is an order. # basis: invented

* [Leave Smolny to its decrees, and govern from the Palace until the Assembly #historicity: plausible]
    ~ kerensky_gk_last = 4
    You tell them that the government will not make martyrs three weeks before an election. Let Smolny issue its decrees; the country will answer them on the 12th. Kishkin says the peasants will not wait for the 12th to take what a decree gives them. {kerensky_gk_smolny == 1:You kept your word to Dan, at least.} # basis: invented
* [Order the arrest of the Congress's commissars #historicity: speculative]
    ~ kerensky_gk_last = 5
    You give the order. {kerensky_gk_smolny == 1:Your word to Dan was for while the Congress sat, you tell yourself, and the Congress has gone home.} The Semyonovsky committee answers that it guards the Palace, not the streets. {kerensky_gk_paper:The Cossacks ride as far as the Tauride Garden, meet the Kronstadt sailors' lines before Smolny, and turn back without a shot.|The Cossack council will not act without infantry.} By evening every barracks knows the order, and nobody has carried it out. # basis: invented
    # telling: garrison In this telling no regiment of the garrison would carry out the government's order of 27 October to arrest the Congress's commissars.

-
# ambience: off
{kerensky_gk_formula == 2 && not kerensky_gk_promise:By Saturday the chairs in the Malachite Room are all empty but yours.|By Saturday the socialist chairs in the Malachite Room stand empty, and the Kadet ministers bring their own clerks.} Polkovnikov reports each morning that the regiments are in their barracks. Each morning you ask whether they would come out for you, and each morning he tells you about the barracks. {kerensky_gk_offered:On Thursday you offered to share the chair; now you have all of it.} # basis: invented

What historians argue: Pipes, in The Russian Revolution, found that the Bolsheviks had no forces willing to die for their cause; here the garrison showed it before the 25th. In The Catastrophe you blamed the right for October; here you held on without the left. In the real elections of November the Bolsheviks won roughly a quarter of the vote; what a Kadet cabinet facing a rival government at Smolny would have made of that is our own reasoning: dual power again, not peace. # basis: plausible
~ kerensky_ending = 5
-> kerensky_fates ->

You hold your chair, and wait for the Assembly, with fewer friends each day. # ending: kerensky_garrison_assembly
-> END

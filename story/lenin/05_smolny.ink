// Lenin, chapter 5: Smolny through the night of 24-25 October 1917 (Old Style) and the 25th until 14:35.
// Dan's peace-and-land formula and Kerensky's refusal (as news), the seizures hour by hour, the Aurora's crew,
// "To the Citizens of Russia!", Kerensky's departure, the Mariinsky cleared, the noon deadline (L7), the city going
// about its day, the Kronstadt ships, the first public appearance since July.
// Facts: bible sections 1 (rows 8, 11, 13-14), 2.2 (20:30 to night), 2.3 (to 14:35), 4.2, 6.1 (L7), 7 (#7-10, #18, #29).
// Crossing with Kerensky's campaign: he leaves about 11:00 openly, in uniform, in his own open touring car,
// followed by a US embassy car flying its flag, past the cadets' posts by the General Staff arch.

VAR lenin_dan = 0
// how Lenin took the news of Dan's peace-and-land formula and Kerensky's refusal (night of 24-25 Oct): 1 as his own
// programme refused, 2 by weighing what a yes would have cost him; read when Dan opens the Congress and at the Peace decree
VAR lenin_proclaim = 0
// "To the Citizens of Russia!": 1 issued at ten, as in history; 2 held back until the Palace falls (a divergence); read
// at Kerensky's departure, at the 14:35 session, by the walkout's speakers and in the historical ending's "in this telling"

=== lenin_smolny ===
// Chapters 1-4's goodwill in the Committee (lenin_unity) is read nowhere from here on: fold it, so the story check
// does not walk the same night three times over.
~ lenin_unity = 0
# chapter: The Night at Smolny
# time: 1917-10-25 00:30
# place: smolny
# scene: smolny_corridor
# ambience: crowd_corridor
# weather: sleet
Past midnight: Wednesday, 25 October 1917, Old Style, the seventh of November in the West, and the day the Congress of Soviets is due to open. You are still in the wig, and it itches.
* [Keep it on: half of Smolny need not know yet that you are here]
    ~ lenin_noticed = 1
    You keep it on. It does not help much. By one account, Dan and Liber of the Soviet Executive pass through the room about midnight, look twice at the man in the wig, and know him anyway; you say something rude about them when they have gone. # basis: documented
* [Pull it off: you are done with hiding]
    ~ lenin_noticed = 2
    You pull it off and drop it on the table among the tea glasses. When Dan and Liber of the Soviet Executive pass through the room about midnight, there is nothing to see but the head every Menshevik in Russia knows, and they look at it as men look at weather coming.
- The members of the Committee who are in the building find you, or you find them, in a room with a table, a lamp, a telephone and more people than chairs. Nobody says that you were told to stay away. # basis: plausible
How much changes tonight because you came is argued still. Orlando Figes, in A People's Tragedy, reads your arrival as the end of the line of defence: from this hour the committee stops waiting for Kerensky's next move and sets about taking the city. Alexander Rabinowitch, in The Bolsheviks Come to Power, stresses that Kerensky's own raid of the morning had already given the committee its trigger. # basis: documented
{lenin_expelled == 1: Kamenev is in the room, expelled or not, because he is a member of the Soviet and nobody at Smolny tonight is checking party cards. He nods to you. You nod back. There will be time for the rest.}
Later, with the tea gone cold, somebody asks what the new government's ministers are to be called, since "minister" is a word this year has used up. # basis: plausible
By Trotsky's account, written years afterwards, it is he who offers "people's commissars", and you who try the words in your mouth: "Yes, that's very good. It smells terribly of revolution." # basis: quoted Lenin to Trotsky, per Trotsky's memoir (via Miéville)
-> lenin_smolny_dan

=== lenin_smolny_dan ===
# time: 1917-10-25 01:00
# sfx: telephone_ring
The news from the Mariinsky comes in on the same telephones as everything else tonight. At half past eight the Pre-Parliament passed Dan's resolution, a hundred and twenty-three votes to a hundred and two, with twenty-six abstaining. It condemns the rising and, in the same breath, blames the government for it; it asks for a committee of public safety, and for steps towards peace and towards the land, at once. # basis: documented
Kerensky, in a fury, threatened to resign and sent for Avksentiev, Dan and Gots. Dan told him what the resolution meant: proclaim now that Russia is seeking peace, hand the land over now, and the Bolsheviks will have nothing left to rise for. Kerensky refused him. # basis: documented
* [Say it aloud: he has just refused your programme]
    ~ lenin_dan = 1
    You say it to the room. The Mensheviks have found your programme at last, eight months late and one night too late, and the man they carried it to has thrown it back at them. Peace and land are not a formula to be read out at the Mariinsky. They are the reason the garrison is yours, and tomorrow the Congress will be asked for them by people who mean to carry them out.
* [Ask the room what it would have cost you if he had said yes]
    ~ lenin_dan = 2
    Nobody wants to answer, so you do. If Kerensky had said yes tonight, peace offered to every warring power and the land to the peasants' committees, half the soldiers in this corridor would have gone back to barracks to see whether he meant it. He could not have meant it for long, with the Allies and his own Kadets at his elbow. But a week is a long time, and the Congress opens tomorrow.
- Then the telephone goes again, and the night goes back to being about buildings.
-> lenin_smolny_hours

=== lenin_smolny_hours ===
# time: 1917-10-25 02:00
# scene: map
# ambience: crowd_corridor
# sfx: telephone_ring
The night comes in by telephone and by runner, a name at a time.
The main post office and the telegraph, about half past one: Red Guards and garrison soldiers walk in and the clerks go on working for new masters. # map: telegraph mrc # basis: documented
The Nikolaevsky and Baltic stations; the power station. Hardly a shot. The government's telephones begin, one by one, to go quiet. # map: nikolaevsky_station mrc # map: baltic_station mrc # basis: documented
# time: 1917-10-25 03:30
The cruiser Aurora was to have left the city this week, for sea trials by one account, back to her brigade at Helsingfors by another; the government wanted her out of the river. Her crew, told by the fleet's own elected committee and by this one to stay, stayed, and yesterday the committee made her machinist Belyshev its commissar aboard. # basis: documented
Tonight she has come up the Neva in the dark to the Nikolaevsky Bridge, her captain conning her through a channel he swears is undredged; and with her guns above them, the bridge's guards let the swing span be turned back into its place. Red Guards and sailors hold it. # bridge: nikolaevsky lowered # basis: documented
# time: 1917-10-25 06:00
Forty sailors take the State Bank; its guard of the Semyonovsky Regiment has declared itself neutral and means it. # map: state_bank mrc # basis: documented
# time: 1917-10-25 07:00
A detachment of the Keksgolm Regiment takes the central telephone exchange and disarms the cadets there. Most of the government's lines go dead; two are missed. About the same hour the Palace Bridge changes hands. At the Engineers' Castle the committee's men simply walk in and sit down, and the men who were sitting there get up and leave. # map: telephone_exchange mrc # bridge: palace lowered # map: engineers_castle mrc # basis: documented
-> lenin_smolny_proclamation

=== lenin_smolny_proclamation ===
# time: 1917-10-25 09:30
# scene: smolny_corridor
# ambience: crowd_corridor
By half past nine the stations, the bridges, the telegraph, the telephone exchange and the State Bank are the committee's. The government is not. The ministers are in the Winter Palace; the Military District staff and the General Staff still hold their buildings across the square from it; the War Ministry has its own sentries; and at the Mariinsky the Pre-Parliament still has its chairs. # basis: documented
Somebody must tell Russia what has happened, or what is happening, or what is about to.
* [Write the proclamation now, as if the Palace had already fallen #historicity: historical]
    ~ lenin_proclaim = 1
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    You write it standing, in the name of the Military Revolutionary Committee, and date it ten in the morning: "The Provisional Government has been deposed. State power has passed into the hands of" the Soviet's committee, and then the programme, peace, land, a Soviet government, and at the end, "Long live the revolution of workers, soldiers and peasants!" # basis: quoted "To the Citizens of Russia!", 10 a.m., 25 Oct
    It is premature, and you know it: the government is still in the Palace, and the General Staff is still answering its telephone. The printers have it within the hour.
* [Hold the proclamation until the Palace has fallen #historicity: plausible]
    ~ lenin_proclaim = 2
    ~ lenin_resolve = lenin_clamp(lenin_resolve - 1, 0, 3)
    You draft it and keep it in your pocket, with the cloth from Shpalernaya. A proclamation that says the government is gone, while the government is visibly still there, is a gift to every Menshevik speaker at the Congress.
    Trotsky reads it over your shoulder, says it is good, and asks how long you mean to wait. You find you do not know.
- -> lenin_smolny_kerensky

=== lenin_smolny_kerensky ===
# time: 1917-10-25 11:30
# sfx: telephone_ring
Towards noon a report that at first nobody believes. Kerensky has left the Palace. Not in disguise, not by a back door: in his own uniform, in his own open touring car, out through the arch of the General Staff past the cadets' posts, with a second car behind him from the American embassy, still flying the American flag: lent, in Kerensky's version, taken, in the embassy's. Soldiers of the committee watched him pass and did not fire. He is on the road south, to Gatchina and the front, to fetch troops. # basis: documented # sfx: motor_car
{lenin_proclaim == 1: Your proclamation says that his government has been deposed. The head of it has just driven out of the city behind a foreign flag to fetch an army.|The proclamation in your pocket says that his government has been deposed. He has not read it, and neither has anyone else.}
# time: 1917-10-25 12:00
Across the river the fortress fires its noon gun, as it does every day at this hour. It has been the committee's since Monday night, when its garrison voted at the Modern Circus to obey the Soviet: won over by Trotsky, in his own account and the Soviet ones; other accounts give the speeches to other men. # basis: documented
About the same hour sailors and soldiers of the committee walk into the Mariinsky and send the Pre-Parliament home. General Alekseev, who comes to take his seat, is turned away at the door by a sailor. # map: mariinsky mrc # basis: documented
The Palace was to have fallen by noon. It has not. Podvoisky says three o'clock. You hear "three o'clock" as you heard "not yet" in September. # basis: documented
* [Scold Podvoisky and Antonov, and demand the Palace by three #historicity: historical]
    -> lenin_smolny_scold
* [Order an all-out assault on the Palace now, while Kerensky's men are still scattered #historicity: plausible L7]
    -> lenin_smolny_assault

=== lenin_smolny_scold ===
You scold them. You write notes, and then you stop writing notes and shout. Podvoisky will write, years later, that you scolded and screamed, that you needed the Palace at all costs, and that you said you were ready to shoot them. "Vladimir Ilyich scolded, he screamed. He needed the Palace at all costs. He said he was ready to shoot us." You do not remember saying the last part. You do not deny it either. # basis: quoted Podvoisky's memoir (via Sebestyen)
{lenin_resolve >= 3: They go back to the fortress white in the face.|They go back to the fortress muttering.} The encirclement goes on at the speed of encirclements.
# time: 1917-10-25 13:30
A runner back from the centre brings the city in with him. On the Nevsky the trams are running, with men hanging off every step; most of the shops are open; the theatres have their bills up, and at the People's House tonight Chaliapin sings King Philip in Don Carlos. Petrograd is not watching its revolution. It is going to work through it. # basis: documented
And in the early afternoon, below the Nikolaevsky Bridge, the minelayer Amur drops anchor near the Aurora with the Kronstadt sailors aboard, and more vessels behind her. Several thousand men come ashore in black pea-jackets, by the usual telling, though nobody stood on the quay to count them. # basis: documented
-> lenin_smolny_soviet

=== lenin_smolny_soviet ===
# time: 1917-10-25 14:35
# scene: smolny_hall
# ambience: crowd_corridor
At twenty-five to three the Petrograd Soviet meets in extraordinary session in the great white hall, packed to the columns. Trotsky tells it that the Provisional Government no longer exists. Then he introduces you. # basis: documented
It is your first public appearance since July. {lenin_noticed == 2:The wig has been off since midnight|The wig is gone at last}; the hall sees a bald head, a clean-shaven face already bristling, and knows it at once. The noise is a physical thing, like weather. Your voice is hoarse from the night. You say it anyway: "Comrades, the workers' and peasants' revolution, about the necessity of which the Bolsheviks have always spoken, has been accomplished." # basis: quoted Lenin, Petrograd Soviet, 25 Oct (Izvestia report) # sfx: crowd_shout
~ lenin_noticed = 0
{lenin_proclaim == 1: The hall has read it already, pasted on the walls on the way in, in your words of ten o'clock. You are telling it what it has decided to believe.|It is not yet quite accomplished: the Palace stands, and your proclamation is still in your pocket. You say it anyway. A hall that believes a thing can make it so by nightfall.}
* [Say to Trotsky, in German, what you feel]
    Afterwards, in the side room, you turn to Trotsky and say the only honest thing you have said all day, in German, as the émigrés do when the feeling is too large for Russian: "Es schwindelt." It makes one dizzy. He understands. # basis: quoted Lenin to Trotsky, 25 Oct (Trotsky via Pipes)
* [Say nothing, and ask for news of the Palace]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    Afterwards, in the side room, you ask for the Palace. It stands. Trotsky begins to say something about the hall, and the moment, and history; you ask him for the Palace again.
- -> lenin_congress

=== lenin_smolny_assault ===
# time: 1917-10-25 12:15
You tell Podvoisky that the encirclement is over. Every man the committee can spare is to go at the Palace now: across the square, through the arch, over the firewood barricades, while Kerensky is on the road and the ministers do not know whether to stay or run. The Congress will open with the government in the fortress or not at all. # basis: invented
Podvoisky objects that the junkers are still in the Palace in strength, ensigns from Oranienbaum and Peterhof and the engineers' school, with guns from the Mikhailovsky school and Cossacks in the courtyard. He asks for three hours. You give him one. # basis: plausible
-> lenin_end_storm

=== lenin_end_storm ===
# time: 1917-10-25 14:00
# scene: palace_square_night
# map: winter_palace contested
# sfx: rifle_shot
The attack goes in a little after one, in daylight and sleet, across the open square: sailors, Red Guards, a company of the Pavlovsky. The junkers behind their stacked firewood are not yet the tired few hundred of the small hours; they are still perhaps two thousand, with the battery's guns and the Cossacks' machine gun, and they have been told that they are defending Russia. # basis: plausible # sfx: volley
This is not what happened. In the history that happened the defenders drained away between four and eight in the evening, the Cossacks and the guns and half the ensigns, and the Palace was taken by seepage in the small hours with a handful dead. Here it is taken by storm, and the storm is not Eisenstein's. By two the first rush has broken on the firewood, the square is strewn, and Podvoisky's runner is at Smolny asking what the fortress guns are to do. # basis: plausible
* [Tell the fortress and the ships to fire, live, on the Palace]
    ~ lenin_noticed = 1
    The fortress and the ships fire live and seriously, and the Admiral's "heap of ruins" stops being a figure of speech. Above the Neva front, the palace hospital and its wounded soldiers are in the line of fire. # basis: plausible # sfx: fortress_guns
* [Forbid the guns: take it on foot, by the side doors]
    ~ lenin_noticed = 2
    You forbid the guns. The sailors go in by the Hermitage side and the Millionnaya, where in history men seeped in at night; by daylight, against two thousand junkers, seeping is fighting, room by room and stair by stair. # basis: plausible
- # time: 1917-10-25 16:00
# map: winter_palace mrc
By four the ministers are in the committee's hands, and there are dead on both sides whose names will be read out at the Congress that night.
{lenin_noticed == 1: Among them are patients of the hospital wing, who had been wounded once already, at the front.|Most of them died on the stairs and in the corridors, at close quarters; the Palace stands, and its floors will have to be scrubbed.}
~ lenin_noticed = 0
The Congress opens that night as you wanted, with the government under arrest. Dan opens it for the old Executive, and begins with the dead. The Mensheviks and SRs walk out, as they did in history, but now they walk out over bodies, and the Left SRs hesitate at the door before they stay. {lenin_expelled == 1: Kamenev, expelled by your own demand, speaks against you from the floor, and is cheered by men who cheered you at half past two.} From the first night the new power carries the mark of civil war. # basis: plausible
What historians argue: two readings of October stand against this road. Trotsky held that the rising's real victory had been won silently, in the garrison, before the twenty-fifth; Rabinowitch, in The Bolsheviks Come to Power, that the Winter Palace "was not taken by storm". # basis: documented
The rest is our own reasoning: a noon assault held both its outcomes at once, a faster fall that put the ministers in your hands before the Congress, and a bloody fight with junkers who were still numerous. To force the issue at noon was to fight the one battle that patience had made unnecessary. # basis: plausible
~ lenin_ending = 3
-> lenin_fates ->
This is a plausible ending: the Palace taken by storm at Lenin's order, and a revolution that begins with its dead. # ending: lenin_storm
-> END

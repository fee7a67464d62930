// Lenin, chapter 5: Smolny through the night of 24-25 October 1917 (Old Style) and the 25th until 14:35.
// The seizures hour by hour, "To the Citizens of Russia!", Kerensky's departure, the noon deadline (L7), the first
// public appearance since July. Facts: bible sections 1 (rows 13-14), 2.2 (night), 2.3 (to 14:35), 6.1 (L7), 7 (#7-10, #29).
// Crossing with Kerensky's campaign: he leaves about 11:00 openly, in uniform, in his own open touring car,
// followed by a US embassy car flying its flag, past the cadets' posts by the General Staff arch.

=== lenin_smolny ===
# chapter: The Night at Smolny
# time: 1917-10-25 00:30
# place: smolny
# scene: smolny_corridor
# ambience: crowd_corridor
# weather: sleet
Past midnight: Wednesday, 25 October 1917, Old Style, the seventh of November in the West, and the day the Congress of Soviets is due to open. You are still in the wig.
The members of the Committee who are in the building find you, or you find them, in a room with a table, a lamp, a telephone and more people than chairs. Nobody says that you were told to stay away. Your arrival says it for them, and says something else too: that the line of defence is over. Tonight the committee will not wait for Kerensky to move again. It will take the city. # basis: documented
{lenin_expelled == 1: Kamenev is in the room, expelled or not, because he is a member of the Soviet and nobody at Smolny tonight is checking party cards. He nods to you. You nod back. There will be time for the rest.}
Later, with the tea gone cold, somebody asks what the new government's ministers are to be called. Not ministers; that word is used up. Trotsky offers "people's commissars". You try it in your mouth. "Yes, that's very good. It smells terribly of revolution." # basis: quoted Lenin to Trotsky, per Trotsky's memoir (via Miéville)
-> lenin_smolny_hours

=== lenin_smolny_hours ===
# time: 1917-10-25 02:00
# scene: map
# ambience: interior_quiet
# sfx: telephone_ring
The night comes in by telephone and by runner, a name at a time.
The main post office and the telegraph, about half past one: Red Guards and garrison soldiers walk in and the clerks go on working for new masters. # map: telegraph mrc # basis: documented
The Nikolaevsky and Baltic stations; the power station. Hardly a shot. The government's telephones begin, one by one, to go quiet. # map: nikolaevsky_station mrc # map: baltic_station mrc # basis: documented
# time: 1917-10-25 03:30
The cruiser Aurora, her crew under the committee's commissar Belyshev, has come up the Neva in the dark to the Nikolaevsky Bridge, her captain conning her through a channel he swears is undredged; and with her guns above them, the bridge's guards let the spans come down. Red Guards and sailors hold it. # bridge: nikolaevsky lowered # basis: documented
# time: 1917-10-25 06:00
Forty sailors take the State Bank; its guard of the Semyonovsky Regiment has declared itself neutral and means it. # map: state_bank mrc # basis: documented
# time: 1917-10-25 07:00
A detachment of the Keksgolm Regiment takes the central telephone exchange and disarms the cadets there. Most of the government's lines go dead; two are missed. About the same hour the Palace Bridge changes hands. At the Engineers' Castle the committee's men simply walk in and sit down, and the men who were sitting there get up and leave. # map: telephone_exchange mrc # bridge: palace lowered # map: engineers_castle mrc # basis: documented
-> lenin_smolny_proclamation

=== lenin_smolny_proclamation ===
# time: 1917-10-25 09:30
# scene: smolny_corridor
# ambience: crowd_corridor
By half past nine the city is the committee's, except for one building. The Palace is still not taken. Somebody must tell Russia what has happened.
* [Write the proclamation now, as if the Palace had already fallen #historicity: historical]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    You write it standing, in the name of the Military Revolutionary Committee, and date it ten in the morning: "The Provisional Government has been deposed. State power has passed into the hands of" the Soviet's committee, and then the programme, peace, land, a Soviet government, and at the end, "Long live the revolution of workers, soldiers and peasants!" # basis: quoted "To the Citizens of Russia!", 10 a.m., 25 Oct
    It is premature; the government is still in the Palace. The printers have it within the hour.
* [Hold the proclamation until the Palace has fallen #historicity: plausible]
    ~ lenin_resolve = lenin_clamp(lenin_resolve - 1, 0, 3)
    You draft it and keep it in your pocket with the toothache cloth. A proclamation that says the government is gone, while the government is visibly still there, is a gift to every Menshevik speaker at the Congress.
    Trotsky reads it over your shoulder, says it is good, and asks how long you mean to wait. You find you do not know.
- -> lenin_smolny_kerensky

=== lenin_smolny_kerensky ===
# time: 1917-10-25 11:30
# sfx: telephone_ring
Towards noon a report that at first nobody believes. Kerensky has left the Palace. Not in disguise, not by a back door: in his own uniform, in his own open touring car, out through the arch of the General Staff, with a second car behind him borrowed from the American embassy and still flying the American flag. The cadets at their posts saluted him as he went. Soldiers of the committee watched him pass and did not fire. He is on the road south, to Gatchina and the front, to fetch troops. # basis: documented # sfx: motor_car
# time: 1917-10-25 12:00
# sfx: clock_strike
Across the river the fortress fires its noon gun, as it does every day at this hour. The Palace was to have fallen by noon. It has not. Podvoisky says three o'clock. You hear "three o'clock" as you heard "not yet" in September. # basis: documented
* [Scold Podvoisky and Antonov, and demand the Palace by three #historicity: historical]
    -> lenin_smolny_scold
* [Order an all-out assault on the Palace now, while Kerensky's men are still scattered #historicity: plausible L7]
    -> lenin_smolny_assault

=== lenin_smolny_scold ===
You scold them. You write notes, and then you stop writing notes and shout. Podvoisky will write, years later, that you scolded and screamed, that you needed the Palace at all costs, and that you said you were ready to shoot them. "Vladimir Ilyich scolded, he screamed. He needed the Palace at all costs. He said he was ready to shoot us." You do not remember saying the last part. You do not deny it either. # basis: quoted Podvoisky's memoir (via Sebestyen)
{lenin_resolve >= 3: They go back to the fortress white in the face.|They go back to the fortress muttering.} The encirclement goes on at the speed of encirclements.
-> lenin_smolny_soviet

=== lenin_smolny_soviet ===
# time: 1917-10-25 14:35
# scene: smolny_hall
# ambience: crowd_corridor
At twenty-five to three the Petrograd Soviet meets in extraordinary session in the great white hall, packed to the columns. Trotsky tells it that the Provisional Government no longer exists. Then he introduces you. # basis: documented
It is your first public appearance since July. The wig is gone at last; the hall sees a bald head, a clean-shaven face already bristling, and knows it at once. The noise is a physical thing, like weather. Your voice is hoarse from the night. You say it anyway: "Comrades, the workers' and peasants' revolution, about the necessity of which the Bolsheviks have always spoken, has been accomplished." # basis: quoted Lenin, Petrograd Soviet, 25 Oct (Izvestia report) # sfx: crowd_shout
{lenin_resolve <= 1: It is not yet quite accomplished: the Palace stands, and your proclamation is still in your pocket. You say it anyway. A hall that believes a thing can make it so by nightfall.}
* [Say to Trotsky, in German, what you feel]
    Afterwards, in the side room, you turn to Trotsky and say the only honest thing you have said all day, in German, as the émigrés do when the feeling is too large for Russian: "Es schwindelt." It makes one dizzy. He understands. # basis: quoted Lenin to Trotsky, 25 Oct (Trotsky via Pipes)
* [Say nothing, and ask for news of the Palace]
    ~ lenin_resolve = lenin_clamp(lenin_resolve + 1, 0, 3)
    Afterwards, in the side room, you ask for the Palace. It stands. Trotsky begins to say something about the hall, and the moment, and history; you ask him for the Palace again.
- -> lenin_congress

=== lenin_smolny_assault ===
# time: 1917-10-25 12:15
You tell Podvoisky that the encirclement is over. Every man the committee can spare is to go at the Palace now: across the square, through the arch, over the firewood barricades, while Kerensky is on the road and the ministers do not know whether to stay or run. The Congress will open with the government in the fortress or not at all.
Podvoisky objects that the junkers are still in the Palace in strength, ensigns from Oranienbaum and Peterhof and the engineers' school, with guns from the Mikhailovsky school and Cossacks in the courtyard. He asks for three hours. You give him one. # basis: plausible
-> lenin_end_storm

=== lenin_end_storm ===
# time: 1917-10-25 15:00
# place: palace_square
# scene: palace_square_night
# sfx: rifle_shot
The attack goes in a little after one, in daylight and sleet, across the open square: sailors, Red Guards, a company of the Pavlovsky. The junkers behind their stacked firewood are not yet the tired few hundred of the small hours; they are still perhaps two thousand, with the battery's guns and the Cossacks' machine gun, and they have been told that they are defending Russia. # basis: plausible # sfx: volley
This is not what happened. In the history that happened the defenders drained away between four and eight in the evening, the Cossacks and the guns and half the ensigns, and the Palace was taken by seepage in the small hours with a handful dead. Here it is taken by storm, in the afternoon, and the storm is not Eisenstein's. The square is strewn. The fortress and the ships, once the first rush fails, fire live and seriously; the Admiral's "heap of ruins" is not a figure of speech. The palace hospital, with its wounded soldiers, is in the line of fire. By four the ministers are in the committee's hands, and there are dead on both sides whose names will be read out at the Congress that night. # basis: plausible
You open the Congress, as you wanted, with the government under arrest. The Mensheviks and SRs walk out, as they did in history, but now they walk out over bodies, and the Left SRs hesitate at the door before they stay. {lenin_expelled == 1: Kamenev, expelled by your own demand, speaks against you from the floor, and is cheered by men who cheered you at half past two.} From the first night the new power carries the mark of civil war. # basis: plausible
Historians who weigh this branch see two outcomes in it: a faster fall, which would have let Lenin face the Congress with the ministers in hand, or a bloody fight with the junkers while they were still numerous. Trotsky thought the rising's real victory was won silently, in the garrison, before the twenty-fifth; Rabinowitch that the Palace fell because there was almost nobody left to defend it. To force the issue at noon was to fight the one battle that patience had made unnecessary. # basis: documented
-> lenin_fates ->
This is a plausible ending: the Palace taken by storm at Lenin's order, and a revolution that begins with its dead. # ending: lenin_storm
-> END

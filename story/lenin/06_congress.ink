// Lenin, chapter 6: the evening of 25 October 1917 (Old Style) to the dawn of the 26th. The Palace's slow fall seen
// from Smolny, the Congress at 22:40 under Dan, Martov's motion (L4), the walkout, the rubbish-bin words, the arrest.
// Facts: bible sections 1 (rows 17-22), 2.3 (18:30 to 05:00), 6.1 (L4), 7 (#12, #19). Lenin never goes near the Palace
// and does not speak to the Congress on the 25th.

=== lenin_congress ===
# chapter: The Congress of Soviets
# time: 1917-10-25 18:30
# place: smolny
# scene: smolny_corridor
# ambience: crowd_corridor
# weather: rain
Evening, Wednesday 25 October, Old Style; 7 November in the West. It has been dark for an hour. The Palace is still standing, dark red and almost invisible against the dark, and the Congress of Soviets is waiting in the white hall for a government to be handed it.
At half past six the ultimatum goes from the fortress, carried by cyclists and signed by Antonov-Ovseenko: surrender in twenty minutes, or the Aurora and the fortress will open fire. Twenty minutes pass. The ministers do not reply. The General Staff building falls soon after, and its last telegrapher, you are told, signed off to the front with the words that he was leaving work and getting out. # basis: documented
{lenin_resolve >= 3: You send a note to Podvoisky asking whether the ministers have been given twenty minutes or twenty years.|You send a note to Podvoisky. You try to keep it short, and fail.}
* [Ask what is happening inside the Palace]
    The reports contradict each other, which is itself a report. The Cossacks are leaving, with their machine gun. The general the ministers appointed this morning to command the city has resigned and gone home. Some of the ensigns are negotiating their own way out. And the women of a volunteer battalion, kept in the city by a story about a parade, are still at the windows, with rifles. # basis: documented
* [Ask about the lantern]
    There is to be a signal: a red lantern on the fortress flagstaff, then a blank from the Aurora, then the guns. The fortress has not found a red lantern. When it found one it could not make it show. The fortress gunners have declared themselves neutral, and sailors have been sent to man the guns. # basis: documented
    The revolution, it seems, is waiting on a lamp.
- -> lenin_congress_opens

=== lenin_congress_opens ===
# time: 1917-10-25 22:40
# scene: smolny_hall
At twenty to ten, far off across the city and hardly louder at Smolny than a door closing, the Aurora fires one blank round from her bow gun. It is the signal, an hour late. It storms nothing. In the Palace, they will tell you later, the ministers lay down on the floor. # basis: documented # sfx: aurora_blank
At twenty to eleven the Second All-Russian Congress of Soviets opens in the white-colonnaded hall, with a Menshevik in the chair: Fyodor Dan, of the outgoing Executive, whose party comrades are under fire in the Winter Palace. Six hundred and fifty delegates, perhaps; the Bolsheviks by far the largest group, with the Left SRs beside them. A new presidium is elected, Bolsheviks and Left SRs{lenin_expelled == 0:, and Kamenev takes the chair}. # basis: documented
You are not on the platform. You sit in a side room with the door ajar, and you do not speak; not tonight. Tonight is Trotsky's and Kamenev's. {lenin_expelled == 1: Kamenev, whom you had thrown out of the party, is not in the chair tonight; in history he was, and did it well.}
Then Martov rises, hoarse and thin, the leader of the Menshevik-Internationalists. He proposes a peaceful settlement of the crisis before the shooting becomes a civil war: talks among all the Soviet parties for a government of them all. The Left SRs support it. Lunacharsky, for your own party, says the Bolsheviks have nothing against it. It passes. # basis: documented
* [Let it pass, and wait for the Mensheviks and SRs to bury it themselves #historicity: historical]
    -> lenin_congress_walkout
* [Take Martov at his word: send for Dan and Gots, and negotiate a government of all the Soviet parties tonight #historicity: plausible L4]
    -> lenin_end_martov

=== lenin_congress_walkout ===
# time: 1917-10-25 23:30
You let it pass. The Mensheviks and SRs rise one after another to denounce the rising as a military conspiracy behind the Congress's back, carried out while the Congress sat. Then they walk out: the right and centre Mensheviks, the SRs, the Bund, the delegates from the front committees, to go to the City Duma. Martov's compromise walks out with them. # basis: documented
About eleven the fortress guns open up on the Palace, live now, aimed by eye. Of thirty-odd rounds two hit. # basis: documented # sfx: fortress_guns
And Trotsky, to the men leaving and to those still urging compromise, says what will be remembered: "you are pitiful isolated individuals; you are bankrupts; your role is played out. Go where you belong from now on — into the rubbish-bin of history!" Martov's own group leaves later. The scene the painters will make of it, Trotsky pointing Martov out of the door, is their invention; there are no minutes. # basis: quoted Trotsky, Congress, night of 25-26 Oct (Sukhanov's wording; disputed in detail)
The Left SRs stay. # basis: documented
* [Watch Martov go]
    Martov goes with his group, coughing, and at the door he half turns to the hall. You have known him since the nineties. You do not go after him.
* [Count the Left SRs who stay]
    You count them from the doorway: the peasants' socialists, without whom the land is a slogan. You will need every one.
- -> lenin_congress_arrest

=== lenin_congress_arrest ===
# time: 1917-10-26 03:10
# sfx: telephone_ring
A little after two in the morning, in a small dining room off the Malachite Room, Antonov-Ovseenko, pushed along by the crowd that has been seeping into the Palace for hours through unguarded doors, arrests the ministers of the Provisional Government in the name of the Military Revolutionary Committee. They surrender, they say, to avoid bloodshed. Kerensky is not among them. They will be walked across the Troitsky Bridge to the fortress. The Palace was not taken by storm. It was taken by seepage, and a handful died, mostly among the attackers; nobody will ever be sure how many. # map: winter_palace mrc # basis: documented
At ten past three {lenin_expelled == 0:Kamenev|the chair} announces the arrests to the Congress. # basis: documented
# time: 1917-10-26 05:00
Near five, Lunacharsky reads the appeal you drafted, To Workers, Soldiers and Peasants!: all power to the Soviets. The Congress adopts it. The delegates go out into a grey dawn and the rain, and you lie down on the floor of a room at Smolny with a coat over you, and for the first time in a week you sleep. # basis: documented
-> lenin_decrees

=== lenin_end_martov ===
# time: 1917-10-26 01:00
# scene: smolny_hall
You send for Dan and Gots before they can reach the door. Martov's motion has passed; you take it at its word. Talks for a government of all the Soviet parties begin at one in the morning, in a room at Smolny, while the fortress guns fire on the Palace. Trotsky is furious. Kamenev is radiant. # basis: invented
This is not what happened. In the history that happened the motion was passed, or accepted in principle, and then overtaken by the walkout within the hour; Lars Lih doubts that it ever amounted to a unanimous vote for a coalition. Here the Mensheviks and SRs do not walk out, because you have given them a reason to stay. # basis: documented
The government that comes out of the night is a coalition of the Soviet parties: Bolsheviks, Left SRs, Mensheviks and SRs, with Martov's people holding the balance. The Decrees on Peace and Land pass, because every socialist party has promised both for a year; what the SRs and Mensheviks add is a brake on everything else. {lenin_resolve >= 2: You are in it, and you chafe in it, and by Christmas you have written three letters calling your partners strike-breakers.|You are in it, and you learn, slowly and against your nature, to count votes you do not own.} # basis: plausible
This is the road the railwaymen's union, Vikzhel, tried to reopen a few days later, in the talks of 29 October to 4 November, with Kamenev for them and the factory meetings of Petrograd and the Kronstadt Soviet favouring them. Mawdsley thought the anti-Bolsheviks' divisions unavoidable; whether such a coalition could have survived its quarrels over the war is the open question. It would at least have begun without the word "coup" hanging over it. # basis: documented
-> lenin_fates ->
This is a plausible ending: a Soviet government of all the socialist parties, begun at one in the morning on the night the Palace fell. # ending: lenin_martov
-> END

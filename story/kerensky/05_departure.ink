// Kerensky, chapter 5: the morning of 25 October, the ministers, the departure by car; or staying (K5).
// Facts from the bible: section 1 rows 14-19, 2.3 (25 Oct), 3.2, 4.1, 6.2 (K5), 7 (#8, #17-#22), 8 (#2-#4).
// The second car: Kerensky's account (offered by the embassies) and the US embassy's (Whitehouse's car, requisitioned);
// "liquidated within five days": Ambassador Francis's cable, FRUS 1918, Russia, vol. I, doc. 198.

// true if the American car keeps its flag (history): read on the road out and in the exile epilogue
VAR kerensky_flag = false
// what he told Konovalov: 1 hold until he returns, 2 spare lives (read at Pskov on the 26th, then cleared)
VAR kerensky_konovalov = 0
// true if he looked back at the Palace from the car (read in the exile ending)
VAR kerensky_lookback = false

=== kerensky_ch5 ===
# chapter: The Car
# time: 1917-10-25 10:30
# place: winter_palace
# scene: kerensky_office
# weather: rain
# ambience: palace_rooms
# paper: telegram To the Citizens of Russia!
Wednesday, 25 October 1917; in the West, Wednesday the 7th of November. At half past ten an officer comes across from the district staff with a handbill that a junker took from a Committee runner in the square, the ink still smearing under the thumb. It is dated ten o'clock this morning and signed by the Military Revolutionary Committee. "The Provisional Government has been deposed," it says. "State power has passed into the hands of" the Committee. # basis: quoted MRC, "To the Citizens of Russia!", 25 Oct

You are standing in the Palace, in your own office, with your own government coming up the stairs. Whoever wrote that sheet was in a hurry. # basis: documented

The ministers arrive one by one, wet, on foot or in borrowed cabs, with stories of pickets at the corners. Konovalov, your deputy, a Moscow textile man with a merchant's patience, is the first. There is still no news of the front's troops. The cyclists are stopped somewhere on the line; the junctions are in the hands of committees. Someone must go out and bring them in, or at least find out whether there is anything to bring. # basis: documented

{kerensky_right == 2:The Kadet ministers greet you almost warmly; this week you have been hard enough to please them.|The Kadet ministers greet you with the courtesy of men who have stopped expecting anything.} {kerensky_left == 0:Maliantovich, the last socialist among them who still argues with you, does not argue this morning.|Maliantovich asks whether the Soviet's moderates have been told anything, and nobody answers him.} Konovalov looks at you, and you understand that he has already assumed it will be you.

* [Go to meet the troops on the road to the front #historicity: historical]
    You tell the ministers that you will go out to meet the units coming from the Northern Front and bring them into the city yourself, and that Konovalov will chair the government until you return. Nobody argues. Some of them look relieved, and you prefer not to ask yourself why. # basis: documented
    -> kerensky_cars
* [Stay in the Palace: the head of the government does not leave its seat #historicity: plausible K5]
    -> kerensky_pl_stay

=== kerensky_cars ===
# time: 1917-10-25 10:40
# place: palace_square
# scene: kerensky_car
# ambience: off
The government's motor pool is no help. Your own car is there: the open touring car you have used all year, with your driver, who has not slept either. Behind it stands a second car, an American one, with the flag of the United States on a little staff on its wing. # basis: documented

How it came to be there depends on who tells it. By the account you will give, officials of the American and British embassies came and offered it for the journey. By the American embassy's, your officers stopped its secretary, Whitehouse, on his way to work and took his car, flag and all. Either way Whitehouse is at your elbow in the square, and you speak to him. # basis: documented

You ask him to carry a request to his ambassador: the United States is not to recognise any government the Soviet may set up in Petrograd. You are going out to meet the troops coming from the front, and you expect the whole affair to be "liquidated within five days". # basis: quoted Kerensky to Whitehouse, as cabled by Ambassador Francis (FRUS 1918, Russia, vol. I, doc. 198)

Whitehouse promises to carry the message. His eyes go to the flag on the wing, and back to you.

* [Ride in your own car, and let the flag stay on the American one #historicity: historical]
    ~ kerensky_flag = true
    The head of the government does not drive through his own capital under a foreign flag: you go in your own car, in the open, and the American car follows as it is, carrying the officers who will not fit in yours. If anyone on the corners thinks twice about firing at the Stars and Stripes, the men under it are yours. # basis: plausible
* [Have the flag taken off: no car of this government leaves under a foreign flag #historicity: plausible]
    You have your adjutant unscrew the little staff from the wing and hand it back to Whitehouse, who takes it without a word. The car may be theirs, you tell yourself; the journey is the Republic's. Your officers climb in behind a bare bonnet.

- You go back up for a moment to Konovalov, who is standing by the window with his hands behind his back.

* [Tell him to hold until you return with troops]
    ~ kerensky_konovalov = 1
    "Hold the Palace," you tell him, "hold the government together, and I will be back with the front behind me." He says that he will do what can be done. He does not say what he thinks can be done.
* [Tell him to do what he must, and to spare lives]
    ~ kerensky_konovalov = 2
    "If they come before I do," you say, "do not let these boys die for a building." He looks at you for a long moment, and nods.

-
# time: 1917-10-25 11:00
You go down in your uniform, in the open, by the main entrance, as you have gone out every morning since the summer. You do not wear a hat pulled down or a coat that is not yours. If the government is to leave, it will leave as the government. # basis: documented # sfx: footsteps_parquet

The driver starts the engine, and the touring car rolls across Palace Square past the wood-stacks where the junkers have built their barricades, with the American car close behind. At the General Staff arch there is a cadets' post: boys in greatcoats with rifles, a young ensign at their head. They see who it is. The ensign calls them to attention and they salute, and you return the salute, and you hold it a moment longer than you need to. # basis: documented # sfx: motor_car
# place: general_staff

Then you are through the arch, and out along the Morskaya, and the city is all around you. The trams are running. Shops are open. On the corners there are soldiers with red ribbons and red guards in workmen's caps with rifles on string slings. They see the car, and they see you in it. One of them points. Nobody raises a rifle. Nobody fires. # basis: documented

* [Look back once at the Palace]
    ~ kerensky_lookback = true
    You turn in your seat. Across the square the Winter Palace is the colour of dried blood in the rain, and small, and very quiet. Behind its windows your ministers are sitting down to a meeting that has nothing to decide. Then the arch cuts it off.
* [Look ahead and do not look back]
    You keep your eyes on the road. Behind you, you know, the ministers are gathering in the Malachite Room; ahead is the road south, and Gatchina, and somewhere beyond it an army that may still be an army.

- By the outskirts the driver has his foot to the floor{kerensky_flag:, and the American flag is cracking in the wind behind you|, and the American car with its bare wing is a long way behind}. # ambience: motor_road
-> kerensky_ch6

// Kerensky, chapter 4: the night of 24-25 October, the seizures, the Cossacks, the telephone exchange.
// Facts from the bible: section 1 row 13, 2.2 (evening and night of 24 Oct), 2.3 (to 07:00 on 25 Oct), 3.2, 6.2 (K2), 7 (#23, #24).

// how he wrote to the Cossacks at dawn: 1 the old ringing words, 2 plainly (read in their answer, then cleared)
VAR kerensky_appeal = 0

=== kerensky_ch4 ===
# chapter: The Night of the Seizures
# time: 1917-10-24 22:30
# place: winter_palace
# scene: kerensky_office
# weather: sleet
# ambience: interior_quiet
Still Tuesday, 24 October; in the West, the 6th of November. The evening reports come in on slips of paper, and each one is smaller than the last. At about nine Stark, a Bolshevik journalist, walked into the Petrograd Telegraph Agency at the head of a dozen sailors and took it; the news of the Republic now goes out over the Committee's wire. At the Troitsky Bridge the commissar of the Pavlovsky regiment has built barricades on his own account. On the Vyborg Side the factories are lit and nobody has gone home. # basis: documented
# map: telegraph contested

# sfx: telephone_ring
You have asked the front for troops: the cyclist battalions, anything that can come by rail. You have asked the schools near the capital for their junkers, and the ensigns of Oranienbaum and Peterhof are being brought to the Palace. You have never wanted a telephone so much, or trusted one less. # basis: documented

* [Ring Pskov and ask for the front's cyclists by name]
    The Northern Front's staff answers with perfect correctness. The battalions have been ordered; the trains are being found; the lines are congested; committees at the junctions are asking questions. You ask when. The officer at the other end repeats the word "ordered" as if it answered you.
* [Ring the junker schools again]
    The commandants are awake and in their boots. Their boys are loading rifles into lorries; they will hold the Palace and the bridges. One of them asks, before he rings off, whether there will be other troops beside his cadets. You tell him there will. You hear how it sounds.
* [Ring the Cossack regiments' council]
    A duty officer takes the message. The council is meeting, he says. It will answer in the morning. {kerensky_kornilov:He adds, more warmly than you expected, that the officers have not forgotten what you said about General Kornilov.|He does not add anything else.}

-
# time: 1917-10-25 01:40
# place: general_staff
# scene: map
# ambience: street_night
Past one, across the square at the district headquarters, you find Polkovnikov among maps and unwashed glasses. He has a plan to capture Smolny. He shows it to you with real pride: the approaches, the gates, the hour. It is a good plan. It wants three regiments, and he has some hundreds of junkers, a few armoured cars and the Cossacks, who have not answered. # basis: documented

He says one thing more, not as a reproach, only as a fact for the record. Not one battalion on the Staff's transfer lists has gone to the front, and now not one will. The order that began all this never moved a man; it only gave the Soviet its committee. # basis: plausible

* [Tell him to keep the plan until the front's troops arrive #historicity: historical]
    You tell him that the plan is to be ready the hour the trains come in. He agrees at once, a little too quickly. Neither of you says aloud that the trains may not come. Your meetings break up towards two in the morning, as they did every night this week, with nothing decided but the next meeting. # basis: documented
    -> kerensky_small_hours
* [Order him to go tonight with the junkers he has #historicity: plausible K2]
    ~ kerensky_streets = 3
    -> kerensky_end_streets

=== kerensky_small_hours ===
# time: 1917-10-25 03:00
# place: winter_palace
# scene: kerensky_office
# sfx: clock_strike
At three the clock on the mantel strikes, and two of your officials, Rogovsky and Sher, come in wet to the knees. The garrison, they say, is wavering where it has not already gone over. They have been to the barracks. They do not need to say more. # basis: documented

{kerensky_dan == 1:You told Dan at nine that his information was worse than yours. It gives you no pleasure to have been right.}{kerensky_dan == 2:No word has come from the Executive. If its committee was ever asked to recall its commissars, it has answered with the telegraph and the railway stations.}{kerensky_dan == 3:Three weeks to the Assembly, you told Gots. The Committee is taking the city in one night.}
~ kerensky_dan = 0

# map: telegraph mrc
# map: nikolaevsky_station mrc
# map: baltic_station mrc
The reports come faster now. The main post office and the telegraph: taken. The Nikolaevsky and Baltic stations: taken. The power station: taken, with a handful of sailors and no shot. # basis: documented
{kerensky_aurora:
    # bridge: nikolaevsky lowered
    At half past three there is no cruiser at the Nikolaevsky Bridge. The Aurora is out in the Gulf with your cadets aboard, and the Nikolaevsky's swing span stays turned aside on the water, and for a few hours Vasilievsky Island is cut off from the centre. It is your only victory of the night. By seven red guards have found a way to swing the span back by hand, and the sailors of Kronstadt, who never needed her, are getting up steam in their own ships. # basis: invented
- else:
    # ship: aurora admiralty
    # bridge: nikolaevsky lowered
    At half past three, under a half-moon, the cruiser Aurora comes upriver from the Franco-Russian Works and drops anchor by the Nikolaevsky Bridge. Her officers said the channel was not dredged; her crew brought her up anyway. Red guards and sailors swing the bridge's span back into place and hold it. Vasilievsky Island is joined to the centre again, and not by you. # basis: documented
}

Towards dawn you write an appeal to the Cossack regiments yourself. It must bring them out, or nothing will.

* [Appeal to them in the name of freedom, honour and the glory of the native land]
    ~ kerensky_appeal = 1
    You write it as you would speak it, in the old ringing words: in the name of freedom, honour and the glory of your native land, come to the aid of the Republic. # basis: quoted Kerensky's appeal to the Cossacks, 25 Oct (Miéville)
* [Write it plainly: the Palace is held by boys, and the government asks for men]
    ~ kerensky_appeal = 2
    You cross out the first draft and write the plain one. The government is guarded by junkers and a company of women. It asks the Don regiments to come to the Palace Square by eight. You sign it with your full name and rank.

-
# time: 1917-10-25 06:30
# weather: rain
# ambience: rain_river
The answer comes back with the grey light.

{kerensky_appeal == 2:Your plain letter has been read plainly, and it is answered the same way.|Of freedom, honour and the glory of the native land it says nothing at all. It answers the question underneath them.}
~ kerensky_appeal = 0

The regiments' council will not act alone; they are not willing to go out and serve, as they put it, as live targets. Their representatives had already said it to your ministers in six words: without infantry, we will not act. {kerensky_kornilov:One officer has added a line in pencil: the regiments remember what you said of Kornilov, and if you had said it in August they would be in the square by now.|Nobody has added anything in pencil.} # basis: quoted Cossack council's reply (Miéville); Cossack representatives (Liverovsky's diary)

At six, forty sailors walked into the State Bank, whose guard had declared itself neutral. At about seven a detachment of the Keksgolm regiment took the central telephone exchange and disarmed the junkers there. Your telephones go dead one after another, until only two lines in the whole Palace still work. The Committee's men missed them. # basis: documented
# map: state_bank mrc
# map: telephone_exchange mrc
# bridge: palace lowered
# map: palace_square contested

The Palace Bridge is gone too. You stand at the window with a dead receiver in your hand and watch the rain on the Neva{kerensky_aurora:, and the empty water far downriver by the Nikolaevsky Bridge, where the cruiser would have lain|, and, far downriver by the Nikolaevsky Bridge, the grey shape of the cruiser}.
-> kerensky_ch5

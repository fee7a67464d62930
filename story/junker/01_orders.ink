// The Junker, chapter 1: Orders for the City
// Tuesday 24 October 1917 (Old Style) = 6 November (New Style).
// A fictional cadet of the Peterhof ensign school, from the morning order to a post at the Palace Bridge.

VAR junker_courage = 0
VAR junker_conscience = 0
VAR junker_comradeship = 0
// what the letter home says: 1 the truth, 2 the food and the fog, 3 a page for Lida
VAR junker_letter = 0
// who stands beside him at the bridge: 1 Kostya Gerasimov, 2 Grisha Lapin
VAR junker_partner = 0

=== junker ===
# chapter: Orders for the City
# time: 1917-10-24 06:10
# place: peterhof
# weather: rain
# ambience: interior_quiet
It is Tuesday, the 24th of October 1917: the 6th of November by the Western calendar, which runs thirteen days ahead of Russia's. At the Peterhof ensign school it is still full night. Rain ticks on the tall dormitory windows, and sixty iron cots breathe in the dark: wet wool, boot grease, carbolic, the stove that went out at midnight.

You are awake before the duty junker comes to shout. Dmitry Voronin, nineteen; Mitya at home in Staraya Russa, where your father teaches Latin to boys who do not want it, your mother keeps the house, and your sister Lida, fourteen, keeps a diary she believes nobody reads. You had one term of history at the university before the call-up. In three weeks, if the course runs its length, you will be an ensign with one star on your shoulder boards and a railway warrant to the front.

# sfx: clock_strike
In the corridor the clock strikes six. It keeps the government's summer time, an hour ahead of the sun, so there will be no daylight until half past eight.

Since the 16th the school has been kept ready. Rifles stand in racks at the end of each row instead of in the armoury; pouches are filled, greatcoats rolled and strapped. Every morning you wake expecting the order, and every evening it has not come. In the next cot Kostya Gerasimov sleeps with his mouth open like a child. Beyond him Grisha Lapin is already sitting up, lacing his boots in the dark as if he had somewhere to be.

On your knee is a letter half written by the night-lamp, in pencil, on paper torn from a ledger. Today is the feast of the icon Joy of All Who Sorrow. Your mother will be at the early liturgy in the cold church, and home in time for the post.

* [Tell them the school may be sent into the city]
    ~ junker_letter = 1
    ~ junker_conscience++
    You write it plainly, because Father says a lie told to spare someone is a debt they pay later. We have been kept ready for a week. They may send us into Petrograd. Nobody here knows what for, and if the papers say there is trouble, do not think the worst. You read it over. It sounds braver than you are.
* [Write about the food and the fog, and nothing else]
    ~ junker_letter = 2
    You write about the fog that comes off the Gulf in the mornings, the kasha, the new boots that fit at last, the lieutenant who says you have a good eye on the range. Not a word about the racks at the ends of the rows. Mother reads every letter twice, looking between the lines. Let her find nothing there.
* [Write a page for Lida]
    ~ junker_letter = 3
    You write for Lida. The fountains in the park are shut off for the winter and the gilded statues are being nailed into wooden boxes, so that Peterhof looks like a goods yard full of crated gods. The swans have gone. On a clear day you can see Kronstadt across the water, where the sailors are, and the sailors, you tell her, are not nearly as frightening as the newspapers say. You are not sure that is true.
- You fold the sheets into your tunic pocket unsealed, to add a line later, when there is something to say.
-> junker_mess

=== junker_mess ===
# time: 1917-10-24 07:30
Breakfast is tea the colour of weak beer, black bread, and a spoonful of sugar that the orderly measures out like a chemist. The school eats better than the city does, and everybody knows it.

Kostya has yesterday's Rech folded beside his mug. He is a barrister's son from the Petrograd Side, he reads the Kadet paper the way a priest reads the Gospel, and he has a view on everything. "The duty officer says junkers shut the Bolshevik press in town before dawn," he says. "Seized the papers, sealed the doors. About time."

"Which junkers?" Grisha asks.

"Does it matter? Ours. The government's." Kostya taps the paper. "In three weeks the country votes for the Constituent Assembly. Three weeks! The Germans took Riga in August and now they have the islands in the Gulf. And Lenin, who came home through Germany in a sealed carriage and has been hiding from the courts since July, wants to grab the capital the night before the Soviets meet, so that nobody can ever vote him out. That isn't a revolution. It's a robbery."

Grisha's father is a machinist at the Putilov works; Grisha got through a commercial school on his father's overtime, and he has never once pretended otherwise. "My brother Stepan got a rifle in August," he says, "when Kornilov's cavalry were coming to hang the Soviet. The government gave it to him. Kerensky did. Now the same government shuts the workers' paper at five in the morning. Who's robbing whom? The soldiers want peace, Kostya. The peasants want the land. The government says wait for the Assembly, and everybody waits except the men in the trenches."

"So you'd hand Petrograd to one party?"

"I'd like to know what we're holding it for." Both of them look at you.

* [Take Kostya's side]
    ~ junker_courage++
    "Kostya's right about one thing," you say. "Whatever the Assembly decides, it decides for all of us. Not one party, in the night." Kostya claps your shoulder hard enough to spill your tea. Grisha only nods, as if you have told him what he expected, and goes back to his bread.
* [Take Grisha's side]
    ~ junker_conscience++
    "Grisha's right that we ought to know what we'd be doing," you say. "If a soldier asks me why, I'd like to have an answer that isn't the Kadet paper." Kostya looks at you as though you had spat in the sugar. "You'll both find out soon enough," he says.
* [Tell them both to stop before the officer hears]
    ~ junker_comradeship++
    "Enough. You'll have us all on report, and we'll spend the revolution scrubbing latrines." They both laugh, which is what you wanted. Kostya pushes his sugar across to Grisha; Grisha pushes it back; for a moment they are only two boys at a table.
- Outside, the dark thins to grey. Across the water Kronstadt is a smudge with a few lights in it, and nobody at the table looks that way for long.
-> junker_order

=== junker_order ===
# time: 1917-10-24 12:20
The morning goes in rifle cleaning and a lecture on field fortification that nobody hears. 
# sfx: telephone_ring
At twenty past twelve the telephone rings in the office across the yard, and keeps ringing. Ten minutes later the companies fall in in the drill hall, under a roof loud with rain.

Lieutenant Ustinov reads the order. He is twenty-four, with a front officer's stillness and a left hand that has not closed properly since the July retreat near Tarnopol. By order of the Commander of the Petrograd Military District, the school is to send its companies into the capital, to the Winter Palace, at once. Entrain at New Peterhof at half past one. Twenty rounds a man, greatcoats, bread for a day.

Then he folds the paper and speaks as himself. "The Minister-President has gone to the Council of the Republic this morning to tell them the capital is in a state of insurrection. The Military Revolutionary Committee at Smolny has sent its commissars to the regiments, and the regiments listen to them and not to the District. That leaves the schools. That leaves you." He looks along the ranks. "I won't make you a speech. I heard speeches all summer, and then I watched the men who had cheered them walk away from the line. Clean rifles and dry feet. That is all I ask."

* [Ask whose orders these are, exactly]
    ~ junker_conscience++
    "Permission to ask, Lieutenant: whose orders? The District's, or the government's?"
    "The District takes its orders from the government, Voronin. The regiments are being told to take theirs from Smolny." He lets that sit in the cold air. "That is the whole question in this town. Today you answer it with your feet. Stand easy."
* [Ask whether there will be shooting]
    "Will there be shooting, Lieutenant?"
    Somebody in the rear rank laughs, too high. Ustinov doesn't. "I hope not. If there is, you fire when you are told and not before, and not one round more. That is the difference between a soldier and a frightened boy with a rifle." He looks at you a moment longer than he needs to. "Both kinds are afraid."
* [Say nothing, and count your cartridges]
    ~ junker_courage++
    You say nothing. Four clips of five in the pouches on your belt, brass and cold. You count them twice, because your hands want something to do, and because a soldier who knows what he carries is half a soldier already. Ustinov said that once, on the range. You find you believe it.
- Someone's parcel from home is passed along the line and emptied in a minute: dry biscuits, a twist of sugar, a note from a mother that the owner snatches back before anyone can read it.
-> junker_train

=== junker_train ===
# time: 1917-10-24 13:40
# sfx: footsteps_cobbles
You march down to New Peterhof station in the rain, boots loud on the wet setts, and the civilians on the platform step back to let the school through. The train is six green third-class carriages. An old conductor with a lantern, though it is daylight, counts you aboard as if you were luggage.

The line runs east along the shore: Strelna, Sergievo, Ligovo. On the left the Gulf is the colour of a knife; on the right, bare birches, dachas boarded up for the winter, a cart on a mud road waiting at a crossing with the driver's face turned towards you. Kostya starts a song at the end of the carriage, the old one about brave soldier-lads whose only wives are their loaded rifles.

* [Sing with the others]
    ~ junker_comradeship++
    You sing. Everybody sings; it is easier than talking. Grisha comes in late and in the wrong key, and Kostya conducts him with a bread roll, and by the fourth verse the whole carriage is shouting it at the rain. For a few versts it feels like the picnic train to Oranienbaum in the summer before the war, when you were fifteen.
* [Watch the city come out of the rain]
    You watch instead. After Ligovo the fields give way to timber yards, then sheds, then sidings full of empty wagons, then chimneys, more and more of them, their smoke lying flat in the wet air. Nobody on the line looks up at the train. A woman in a shawl walks along the embankment with a sack on her back, and for a moment she is level with your window, and then she is gone.
- The chimneys thicken beyond the Narva Gate. Grisha, beside you, has stopped singing or never started. "Stepan's in there somewhere," he says, to the glass. "He'll be at a meeting. There's always a meeting." He does not say what he thinks his brother will do tonight, and you do not ask.
-> junker_station

=== junker_station ===
# time: 1917-10-24 14:45
# place: baltic_station
# weather: overcast
The Baltic Station stands on the Obvodny Canal, its long hall full of steam and shouting porters. Outside, the city is simply the city. 
# sfx: tram_bell
A tram grinds past with its bell going and boys hanging off the step; cabbies argue over a fare; the canal smells of coal and sewage. The company forms up in the square in front of the station while Lieutenant Ustinov goes to telephone. You wait, rifles grounded, and the city walks round you as if you were a lamp-post.

A newsboy is shouting a paper. Outside a bakery on the corner stands a queue of women, grey with waiting. An old railwayman in a black cap leans on a barrow by the entrance and watches you with no expression at all.

* [Buy a paper from the boy]
    ~ junker_conscience++
    It costs you more than it should. The paper is Rabochii Put', still damp from the press, the ink coming off on your gloves. It calls on the soldiers and workers to stand by the Soviet and by the Congress of Soviets, which opens tomorrow, and to let no one take it from them. "That's the paper they sealed this morning," Kostya says. "I heard it from the duty officer."
    "Somebody unsealed it," says Grisha.
    You fold it small and put it inside your greatcoat, next to the letter, and you are not sure why.
* [Look at the bread queue]
    The women have been there since before dawn; you can tell from the way they stand, weight on one hip, shawls black with rain. A few old men. A child asleep on its mother's shoulder. One woman looks you up and down. "Going to guard Kerensky, are you, boys? Guard the bakery instead. There'll be no bread by four." The others laugh, not unkindly. Then she says, more quietly, "My son's your age. He's at the front, by Dvinsk. Don't you go getting yourselves killed in town, it'd be a stupid waste." She turns back to the shop door before you can answer.
* [Talk to the old railwayman]
    "Good afternoon, grandfather." He takes his time about answering. He has worked the Baltic line for thirty years, he tells you; in his day he stoked for the Imperial train to Peterhof. "And now I bring you. Tomorrow I'll bring whoever comes." He spits, carefully, away from your boots. "Our union says the railway carries everybody and shoots nobody. I'd say the same goes for you, student. Carry your rifle. Shoot nobody." He nods at the shoulder boards. "You'll be an officer soon?"
    "In three weeks."
    "Then you've three weeks to stay a student." He picks up the barrow handles and goes.
- Ustinov comes back with his cap pushed up. "The palace. By Izmailovsky and Voznesensky Prospekts. Close up, keep step, and keep your mouths shut." He does not say what the District told him on the telephone, and his face says it was not much.
-> junker_march

=== junker_march ===
# time: 1917-10-24 15:05
# sfx: footsteps_cobbles
Up Izmailovsky Prospekt, four abreast. Every wall is plastered with proclamations pasted over proclamations: the District forbids, the Soviet appeals, somebody has torn both halfway down. Over a chemist's door the double eagle has been painted out, badly, and shows through the paint like a bruise. It is not yet dark, but shopkeepers are pulling their shutters halfway down as you pass. News travels faster than a company on foot.

At the barracks of the Izmailovsky reserve battalion soldiers lean out of the upper windows in their shirtsleeves. One of them cups his hands. "Oi, junkers! Off to fight the people, are you? Go home to mama!" Laughter spills out of the windows behind him.

* [Shout back]
    ~ junker_courage++
    "Come down and say it!" It is out before you can stop it. The windows roar with delight; someone throws an apple core that falls short. "Voronin," says Ustinov, not loudly. "Eyes front." Kostya is grinning. Your face burns all the way to the Fontanka, and you cannot tell whether it is with shame or with pleasure.
* [Keep your eyes front]
    You keep your eyes on the neck of the man in front of you, on the wet fold of his collar, and you keep step. The whole company keeps step. It is a small thing, to march past laughter without breaking, and it is the only thing you have been taught that seems to work today.
* [Look up at the man who shouted]
    ~ junker_conscience++
    You look up. He is no older than you, with a glass of tea in his hand and a red bow pinned to his shirt. He isn't laughing; the shout was for his friends. When your eyes meet he looks away first, and you do not feel that you have won anything.
- Over the Fontanka, and into Voznesensky Prospekt, long and straight, with the gilded dome of St Isaac's swimming in the rain at the end of it.
# place: mariinsky
Across St Isaac's Square the lamps are already lit at the Mariinsky Palace, where the Council of the Republic is sitting; motor cars wait at the entrance with their engines ticking, and a soldier on the steps watches your company go by without moving his head.
-> junker_square

=== junker_square ===
# time: 1917-10-24 15:55
# place: palace_square
# map: winter_palace government
Then the street opens and there is nothing but sky. Palace Square is enormous and almost empty: the Alexander Column with its angel black against the cloud, the General Staff curving away in a long dark-red arc with its arch, and on your left the Winter Palace itself, the same dark red as everything else here, the colour of bull's blood, darker still in the rain. From close to, it is less a palace than a cliff with windows.

Motor cars have been herded into rows along the palace front, requisitioned by the government, canvas hoods glistening. An armoured car squats by the gate, its turret turned towards the arch. By the palace wall stand women soldiers in greatcoats, rifles slung, hair cropped short under their caps: the rump of a women's battalion, you are told, that came in from Levashovo for a review on this square today. Most of them have gone back to their camp by train. Half a company was kept.

# time: 1917-10-24 16:00
At four o'clock a column of cyclists comes out of the palace courtyard, wheeling their machines, rifles on their backs. They have been guarding the palace. They are leaving it.

* [Call after the cyclists]
    ~ junker_courage++
    "Where are you going? You're on guard here!"
    A corporal with mud to the knees stops long enough to answer. "We've guarded it a week, son. Our committee says we're not here to fight the Soviet, nor you either. Nobody came to relieve us, so we've relieved ourselves." Kostya swears at his back. The corporal does not turn round.
* [Ask Ustinov what it means]
    "Lieutenant, what does it mean?"
    Ustinov watches them go with his bad hand in his pocket. "It means there are fewer of us, Voronin," he says. "And that nobody has told them to stay whom they'd listen to." He says it without bitterness, the way you would read a thermometer.
* [Watch the women soldiers]
    One of the women is watching the cyclists too, a girl of eighteen or so with a face like a schoolteacher's. "We came for a parade," she says to nobody, and then, seeing you, "They reviewed us, the Minister-President and everyone. Then the battalion went back to camp and our half-company was told to stay and escort fuel from the Nobel works. Fuel!" She laughs without any pleasure in it. "I joined to fight the Germans." She does not ask what you joined for, and you are grateful.
- The cyclists go out across the square and are gone. Nobody stops them. Nobody has the orders to.

From the corner of the palace, by the river, you can see a long way down the Neva. In the grey half-light the span of the Nikolaevsky Bridge stands up on end like a raised hand, and a little black crowd on the embankment is watching it.
# bridge: nikolaevsky raised
# bridge: palace lowered
"On government orders," says Ustinov. "Every bridge up but this one." He means the Palace Bridge, just below you, still down, still crossing the water to Vasilievsky Island, with a knot of junkers at its near end. "The government holds it."
-> junker_palace

=== junker_palace ===
# time: 1917-10-24 17:30
# place: winter_palace
# ambience: crowd_corridor
The school is quartered on the ground floor, in rooms that face the square: high ceilings, scuffed parquet, tall stoves nobody has lit, your rifles stacked in pyramids where some grand duke once took his coffee. The corridors are endless and full of men who do not know where anything is. You get lost fetching water and are put right by an ensign from Oranienbaum, whose school has been in town for a week and who already walks the place like a landlord.

Upstairs, since the second year of the war, the palace has been a hospital. Wounded soldiers in grey hospital gowns lean over the banister of a back stair and look down at you without a word, and you think, absurdly, that you ought to salute them.

By half past five it is full dark. Tea comes in a bucket; bread comes by the armful. Out in the square, junkers from another company are dragging the palace's winter firewood out of the yard in relays, birch logs wet and white, and stacking them into a breastwork in front of the gates. It looks less like a fortification than a timber merchant's yard, but it is something to do with your hands.

Then Ustinov comes along the line with his lantern. "Twelve men for the Palace Bridge. It is the last bridge down, and the post at the end of it wants reinforcing before the night."

* [Volunteer for the bridge #historicity: historical]
    ~ junker_courage++
    ~ junker_partner = 1
    Your hand is up before you have thought about it. Kostya's goes up beside yours; of course it does. "Voronin. Gerasimov. Good." Kostya is already buckling his pouches, bright-eyed, as if he had been picked for a school eleven.
* [Keep your head down and carry firewood #historicity: historical]
    ~ junker_partner = 2
    You keep your eyes on the logs in your arms. Ustinov counts hands, gets nine, and looks round for three more, and there are not many to choose from. "Voronin. Lapin. Sorokin. You too." Grisha drops his armful of birch and dusts off his gloves. "So much for lying low," he says.
- Portupei-junker Rybakov commands the detail: a mining student with a clipped moustache and a voice that carries. He checks every rifle by lantern-light and every bolt, and tells you that the bayonets stay fixed.
-> junker_bridge

=== junker_bridge ===
# time: 1917-10-24 19:40
# place: admiralty
# weather: rain
# ambience: rain_river
The Palace Bridge is so new it is not yet finished; it was opened for traffic only last winter, and it still has the look of a thing built in a hurry. The post is at its palace end, between the palace and the Admiralty: two sawhorses and a plank for a barrier, a lantern, a brazier that will not draw in the rain. Below you the Neva runs black and loud, the whole weight of Lake Ladoga going out to sea. Across the water, to the right, the spire of the Peter and Paul Fortress catches what light there is. The fortress garrison went over to the Smolny committee last night, Rybakov tells you; its guns are theirs now. Straight ahead, at the far end of the bridge, are the Exchange and the island, and somewhere behind them the 7th Line, where your mother's sister Zina has a flat and a samovar, and where you have eaten two Sunday dinners this autumn.

People cross, and you look at them. Clerks going home with their collars up. A woman with a basket of washing. A priest who blesses the barrier without being asked. You let through anyone who is not carrying arms and is not a knot of soldiers, and Rybakov writes nothing down, because there is nothing to write on.
# sfx: tram_bell
A tram crawls over from the island with all its lamps lit, and the faces at the windows turn to look at you as it passes, the way people look at animals at a fair.

# time: 1917-10-24 20:40
Towards nine a runner comes down the embankment from the palace with news that goes round the post in a whisper. This afternoon, at the Liteiny Bridge, a crowd came at a detachment of artillery cadets before they could hold it. The cadets were overwhelmed and surrendered, and the crowd took their rifles. Nobody knows whether anyone was hurt.
# bridge: liteiny lowered
"And the Cossacks?" somebody asks. "The Cossacks are coming out tonight, everybody says so."
"The Cossacks," says Rybakov, "have been coming out since this morning."

# time: 1917-10-24 21:05
Then there is a noise from the island end, and the bridge fills with people.

They come out of the dark in a body: workers off a late shift with their tin lunch-boxes, soldiers in unbelted greatcoats, a few men in ordinary caps and overcoats with red armbands and rifles slung on string. 
# music: internationale
Some of them are singing, raggedly, the tune carrying and breaking in the wind. They stop at the barrier because the barrier is there. The singing stops too.
# music: off

The man in front is a soldier of about thirty with a week's stubble and a face that has been out in every kind of weather. He puts his hand on the plank, not roughly. "Evening, lads. We're going across. Some of us live over there." He looks at your shoulder boards. "A junker. You'll be an officer in a month, eh? A little star. Then in the spring you'll take me back to the trenches." He says his name is Savely, from Tver province; three winters at the front, the June offensive, the July retreat. "Three days forward and three weeks back. And this month the staff wanted two-thirds of the garrison sent up the line again. Who for? For the Allies' loans?"

* [Argue for the Constituent Assembly]
    "In three weeks the whole country votes," you say. "The Assembly will decide the land and the peace. Why not wait three weeks?"
    "Wait." He turns the word over like a bad coin. "We've waited since February. They promised the Assembly for September, and put it off. They'll put it off again, you'll see. And who'll stand at its door with a rifle, when it comes? You will, son."
* [Ask him where he comes from]
    ~ junker_conscience++
    "Where in Tver province?"
    It takes him by surprise. He tells you: a village on a river you have never heard of, a wife, two girls, and across the stream the landlord's fields, where the neighbours have begun ploughing without asking anybody. "My wife writes that the manager's run off to town. Now, your Assembly, what's it going to say to that? Give it back?" He does not wait for an answer. He isn't trying to win; he is trying to get home.
* [Tell him you are afraid too]
    ~ junker_conscience++
    "I'm afraid as well, if that's what you want to hear," you say, and it is the truest thing you have said all day.
    He looks at you properly for the first time. "Good," he says. "Then you've got sense. It's the ones who aren't afraid that get people killed." He taps the plank with one finger. "Keep the sense, boy."
- A worker in a red armband, a grey-moustached fitter with oil ground into the lines of his hands, comes up beside Savely. "Nobody's attacking anybody, lad," he says. "The Congress of Soviets opens tomorrow. It was your government shut our papers this morning, and your government pulled up the bridges this afternoon to cut the workers' districts off from the centre. Now who started it? We're only defending what's ours." Behind him the crowd murmurs, and it sounds less angry than tired.
-> junker_crisis

=== junker_crisis ===
# time: 1917-10-24 21:30
The crowd leans on the barrier, the way a crowd does, without anyone deciding to. The plank bends. Someone at the back shouts to push on through, that there are only a dozen of them, that they're only boys.

"Detail!" Rybakov's voice cracks across the wet. "Rifles: ready!"

Twelve rifles come up. {junker_courage >= 2: Your hands are steady, which surprises you.|Your hands are shaking, and you hold the rifle tighter so that nobody will see.} The bayonet on the end of yours is a foot from Savely's chest, and you can see the rain beading on its blade.
# sfx: rifle_shot
Somewhere upriver a shot cracks, single and flat, impossible to place. Everyone flinches at once, the crowd and the junkers together, like one animal. Nobody here has fired. Nobody knows who did.

{junker_partner == 1: Kostya is at your left shoulder, breathing hard. "Steady, Mitya," he whispers. "Steady. They won't. They won't." You are not sure whether he is talking to you or to himself.|Grisha is at your left shoulder, his face white under the lantern. "I'm not giving mine up," he says, very low, "and I'm not shooting anybody for it either. Do what you like, Mitya."}

Savely has not moved. He looks at the bayonet and then at you, and slowly holds out his hand, palm up, the way you would reach for a horse that might bite. "Give it here, son," he says. "Nobody needs to die on a bridge for Kerensky. Give it here, and go home to your mother."

* [Keep your place in the line #historicity: historical]
    -> junker_hold
* {junker_conscience >= 2} [Hand your rifle to the soldier #historicity: plausible]
    -> junker_handover
* [Step back into the dark and walk away #historicity: plausible]
    -> junker_walkaway

=== junker_hold ===
You stay where you are. You do not lower the rifle and you do not push it forward. You hold it, and it is the hardest thing you have ever done with your arms.

For a long moment Savely keeps his hand out. Then he lets it fall. "Suit yourself, your honour," he says, using the old form of address the revolution abolished, so that it comes out as an insult and a kind of pity at the same time. He steps back from the plank.

The fitter turns to the crowd and talks to them, low and steady, the way a foreman talks to men at the end of a shift. Nobody hears what he says. Bit by bit the crowd loosens, turns, and drifts back towards the island end, some of them along the embankment towards the Exchange, a few of them singing again, thinner now. Savely goes last. He does not look back. Nobody has fired. Nobody has been hurt. The bridge is still the government's.

# time: 1917-10-24 22:40
# place: winter_palace
# ambience: interior_quiet
At half past ten another detail comes down from the palace to relieve you, and you walk back across the square past the firewood breastwork, now chest-high, with junkers asleep behind it in their greatcoats. Inside, Ustinov is sitting on a windowsill with his lantern turned low. "Nobody hurt?" he asks, and when Rybakov says nobody, he nods once and looks out at the dark again.

{junker_partner == 1: Kostya cannot stop talking. "We held it, Mitya. We held the bridge." He says it three times, and then lies down on the parquet and is asleep between one word and the next.|Grisha says nothing at all on the way back. In the ground-floor room he sits beside you against the wall, and after a while he breaks his crust of bread in half without looking at you and puts half in your hand.}
{junker_comradeship >= 2: {junker_partner == 1: Later Grisha comes in from the firewood with his hands raw and lies down on your other side, so that you are between the two of them, as you have been every night since July, and for the first time today you feel you are not alone in this building.|Later Kostya comes in from the firewood with his hands raw, still arguing with somebody, and lies down on your other side, so that you are between the two of them, as you have been every night since July, and for the first time today you feel you are not alone in this building.}}
{junker_conscience >= 2: You keep seeing Savely's open hand, and the rain on it. He was not a monster. He was a man who wanted to get home, and you stood in his way with a bayonet, and you would do it again tomorrow, and you do not know whether that makes you a soldier or only obedient.}

You take out the letter and read it by the lantern. {junker_letter == 1: You told them the truth this morning, that you might be sent into the city. Now you add one line in pencil: We are in the city. I am well. Do not worry. Two of the three are true.}{junker_letter == 2: Fog off the Gulf. Kasha. Boots that fit. You cannot now add a word about tonight without undoing every line above it, so you add nothing.}{junker_letter == 3: Crated gods and vanished swans. You add a line for Lida: I have seen the Neva at night from a bridge. It is bigger than our Polist. It is bigger than anything.}

Outside, across the river, a tram bell rings once on the island. The rain goes on. Tomorrow is the 25th, the day the Congress of Soviets is to open, and you sleep with your rifle along your side like a wife in the old song. # ending: junker_ch1_palace
-> END

=== junker_handover ===
You lower the rifle. It is easier than raising it was. You turn it in your hands and hold it out to Savely, butt first, the way you would hand a stranger an umbrella.

He takes it. He works the bolt, neat as a drill sergeant, and the five cartridges jump out one by one and ring on the wet planks. Then he slings it on his shoulder beside his own. "There," he says. "Now you're a student again."

"Voronin!" Rybakov is shouting, and his voice has gone high. "Voronin, you swine, pick those up!"
{junker_partner == 1: Kostya does not shout. That is worse. He looks at you as if he has never seen you before, and then he turns his face to the crowd and holds his rifle steadier than before, as if he must now hold it for two.|Grisha keeps his rifle up and his eyes on the crowd. "Go on, then, Mitya," he says, without turning his head. "Go on. I'll tell them you were sick."}
{junker_comradeship >= 2: You had thought you would at least look back at them. You do not, because you know that if you look you will stop.}

The barrier is a plank on two sawhorses. Savely lifts one end of it and the crowd opens for you, as crowds do, and closes behind you, and you are walking out over the river in the dark with a soldier on one side of you and a fitter on the other, and nobody is pointing anything at you at all. Behind you, as far as you can hear, the post still stands. Eleven rifles hold a bridge as well as twelve.

At the island end, by the dark bulk of the Exchange, Savely stops. "Where's home, student?"

"Staraya Russa."

He laughs out loud. "Too far for tonight. Got anyone nearer?"

# time: 1917-10-24 22:20
# sfx: door_knock
Aunt Zina opens the door on the 7th Line in her dressing gown, with a candle, and for a moment does not know you. Then she pulls you inside by the sleeve and shuts the door and stands with her back to it, as though the whole city might follow you up the stairs. She puts the samovar on without asking anything. Later, when she sees the bare belt and the empty hands, she still asks nothing.

You take out the letter at her kitchen table. {junker_letter == 1: This morning you told them the truth, that you might be sent into the city. You cannot think how to tell them the rest of it, so you write: I am at Aunt Zina's. I am well. I will explain.}{junker_letter == 2: Fog. Kasha. Boots that fit. You look at it for a long time, and then you put it in the stove.}{junker_letter == 3: You add a line for Lida: I have walked across the Neva at night. It is bigger than our Polist. I did not do what they sent me to do. I do not know yet if that was right.}
{junker_conscience >= 3: You think you did the right thing. You know you broke your oath. Both are true at once, and nobody taught you what to do with that.}

Here your evening leaves the usual one. Most of the Peterhof ensigns were still at the palace when daylight came on the 25th. But junkers did give up their rifles in those two days, at bridges, at gates and at doors, to crowds that mostly let them walk away, and yours is one of those evenings. Across the river the palace windows are lit. Somewhere out there is your rifle, on another man's shoulder. # ending: junker_ch1_disarmed
-> END

=== junker_walkaway ===
Nobody decides it. Your feet do.

As the crowd leans and the plank bends and every eye on the post is on the front of the crowd, you take one step back out of the lantern-light, and then another, and the dark between the palace and the Admiralty takes you in like water. Nobody shouts your name. Perhaps nobody has noticed yet. Savely's hand is still out, for someone else now.

You lean your rifle against the granite parapet of the embankment, bayonet up, so that whoever finds it will not trip on it. It seems important to leave it tidily. Then you walk.

# time: 1917-10-24 21:55
# place: nevsky
# ambience: street_night
You go the long way, round the Admiralty and its dark garden, and out onto the Nevsky, and the Nevsky is simply the Nevsky. The lamps are lit. A tram goes by with its windows full of faces. A cab horse stands steaming in the shafts.
# music: salon_waltz
From a restaurant with its curtains half drawn comes a waltz, and a woman in a fur collar steps out under the awning laughing at something a man has said. You walk past with your collar up, a junker without a rifle, and nobody looks at you twice.
# music: off
Under an archway near the Catherine Canal you cut the shoulder boards off your greatcoat with your penknife. Your fingers are too cold for it, and it takes a long time. You put them in your pocket with the letter, because you cannot bring yourself to drop them in the gutter.

# time: 1917-10-24 22:45
# place: nikolaevsky_station
At the far end of the Nevsky the Nikolaevsky Station is lit and crowded, as if nothing in the world were happening. You buy a third-class ticket to Bologoye, where the branch line goes west to Staraya Russa, and sit on a bench in the waiting hall between a peasant woman with a basket of geese and a sleeping soldier whose boots are tied together with string.

{junker_partner == 1: You think of Kostya at the barrier, saying steady, steady, to nobody. He will have noticed by now. He will never forgive you, and he will be right not to.|You think of Grisha at the barrier, saying do what you like. You did. He stayed. You do not know which of you was braver, and you suspect you know exactly.}
{junker_comradeship >= 2: Sixty cots in the dark, and two of them were the nearest thing you had to brothers. You left them holding a bridge in the rain.}
{junker_letter == 1: The letter in your pocket says you may be sent into the city. You will deliver it yourself, and tell them the rest across the kitchen table.}{junker_letter == 2: The letter in your pocket is all fog and kasha and boots that fit. You will deliver it yourself. Mother will read it twice and look at your empty shoulders.}{junker_letter == 3: The letter in your pocket is for Lida: crated gods and vanished swans. You will give it to her yourself. It is the only part of today you would not change.}

Here your evening leaves the usual one. Most of the Peterhof ensigns were still at the palace when daylight came on the 25th; but all through the next day junkers slipped away, singly and by whole companies, and yours is the lonely version of a thing that happened many times. You do not know that before dawn soldiers of the Smolny committee will hold this very station. The night train is late. You wait for it with your hands between your knees. # ending: junker_ch1_home
-> END

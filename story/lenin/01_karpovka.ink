// Lenin, chapter 1: the Central Committee meeting of 10 October 1917 (Old Style) in Sukhanov's flat.
// Second person, present tense. Facts follow shared/history/bible.md sections 1 (rows 2-5), 2.1, 3.1, 4.2, 6.1 (L3, L6), 7.
// Spoken words of real people are reported, not quoted, except the quotations the bible grades A or B.

VAR lenin_resolve = 0
// how hard Lenin drives: raised by sharp choices, read in the speech, the decision and the endings
VAR lenin_unity = 0
// goodwill in the room: raised by conciliation, lowered by scorn; decides how the counterfactual vote falls
VAR lenin_noticed = 0
// what Lenin noticed, read soon after and reset: chapter 1, on the street 1 the bread queue, 2 the soldiers, 3 the walls,
// then at the vote 4 Zinoviev's face, 5 Yakovleva's figures (read at the start of chapter 2); chapter 3, 1 Gorky's
// article, 2 Kamenev's statement read twice (read in chapter 3's verdict and chapter 4's arrest orders)
VAR lenin_overreach = 0
// 0 none; 1 demanded a date and let it go; 2 forced the date to a vote; 3 demanded expulsion and withdrew; 4 resigned
VAR lenin_asked = 0
// how many questions Lenin put to the opposition; in chapter 2, how he took Chudnovsky's words (1 asked how the
// hall took them, 2 answered them), read before the vote of 16 Oct and reset
VAR lenin_trotsky = 0
// 1 once Lenin has talked the "defence" line through with Trotsky (chapter 1's last hour, or across the room on
// 16 Oct): read in chapter 2 and in chapter 4, when Trotsky is still defending

=== lenin ===
# chapter: The Night on the Karpovka
# time: 1917-10-10 20:30
# place: fofanova_flat
# weather: rain
# ambience: interior_quiet
Tuesday, 10 October 1917, Old Style: the Julian calendar that Russia still keeps. In Berlin, London and Zurich, New Style, it is already 23 October. The country runs thirteen days behind Europe. You have spent the autumn trying to stop the Central Committee of your own party running thirteen days behind the country.

The flat is Margarita Fofanova's, at number 1 Serdobolskaya Street, where it meets Bolshoi Sampsonievsky Prospekt, far out on the Vyborg Side, almost at Lesnoi: engineering works, munitions shops, wet yards where the Red Guards drill after the shift. Your face is not quite yours. The beard went in July and the razor keeps it gone, and over the famous bald head sits a wig, faintly theatrical, which itches whenever you think. You think a great deal.

Since the sixth of July there has been a warrant for your arrest. The charge is treason; the newspapers say German money. You went to ground in a hut at Razliv with Zinoviev, then crossed into Finland as the stoker of locomotive No. 293. In Helsingfors you lodged with Kustaa Rovio, a Social Democrat who happened to be the city's chief of police; no bed in Finland was safer. Then Vyborg; then, quietly, Petrograd. # basis: documented

And all the while, letters. In September, The Bolsheviks Must Assume Power and Marxism and Insurrection: history would not forgive them if they did not take power now. The Committee read them and did nothing, which is also an answer. On the twenty-ninth you wrote that the crisis had matured, and offered to resign so as to take the argument to the rank and file. On the first of October: "procrastination is becoming positively criminal". They have gone on procrastinating with admirable discipline. # basis: quoted Lenin, letter of 1 Oct (CW 26:140)

Tonight, for the first time since July, you will sit in the same room as them. Not a letter they can fold away. You.

Fofanova comes in with rain on her scarf and gives you the news the way you like it, without adjectives. The Germans hold the Baltic islands. Last week the government debated moving itself to Moscow, as if the capital were luggage. The Staff wants the garrison regiments sent to the front; the regiments do not want to go. On Saturday Trotsky led the Bolsheviks out of the new Pre-Parliament at the Mariinsky Palace declaring, the papers say, "Petrograd is in danger! The revolution is in danger! The people is in danger!" And yesterday the Petrograd Soviet debated a committee of revolutionary defence: a Menshevik's idea, which Trotsky has taken hold of and begun turning into something no Menshevik intended. # basis: quoted Trotsky, declaration on leaving the Pre-Parliament, 7 Oct

* [Look at yourself in her mirror]
    A tired provincial clerk looks back at you, a man who audits a cooperative's books and is thanked by nobody. Without the beard your chin looks younger and less convinced of things. Good. Nobody arrests a man for looking unconvinced.
    You straighten the wig. It settles again a little to the left, like a Menshevik: not far enough to matter.
* [Go over the notes for your report]
    ~ lenin_resolve += 1
    The notes are short, because the argument is short. Since September, indifference to the question of the rising. The majority is ours. The government will give up the capital to the Germans or to a second Kornilov, and ask nobody's leave. Therefore the rising is on the agenda, and what remains is technique.
    You underline "technique" twice. You told them in September that insurrection must be treated as an art. The Committee treats it as a weather forecast.
* [Ask her what the Vyborg Side is saying]
    The men at the works drill after the shift with the rifles they were given when Kornilov marched on the city in August; nobody has asked for them back. The meetings are Bolshevik now, loud and tired. And some say the party talks about power the way a priest talks about heaven: often, at length, and without a date.
    You would like to read that aloud to Kamenev, slowly.
- Eino Rahja comes up the stairs a little before nine, a quiet Finn with his cap pulled low, your guide. Fofanova asks you, as she asks every time, to be careful: the militia, the patrols, a face recognised on a tram.
* [Promise her you will be careful]
    You promise. It costs nothing, and you will keep it as far as the door on the Karpovka. After that, caution is the Committee's vice, not yours.
* [Tell her the militia could not find their own boots in the dark]
    ~ lenin_resolve += 1
    She does not laugh. The militia that replaced the Tsar's police in March is no great force, she says, but it has eyes, and in July the same government took the Kshesinskaya mansion from the party and put Trotsky in a cell. She is right, which you find irritating. You promise anyway.
- -> lenin_street

=== lenin_street ===
# time: 1917-10-10 21:05
# ambience: street_night
The rain has settled in for the night, thin and raw, the Petrograd rain that hangs in the air and waits for you. Bolshoi Sampsonievsky Prospekt is long and badly lit. Rahja walks half a step ahead, and you walk as two men walk home from a late shift, neither fast nor slow.
A tram grinds past, windows yellow, men hanging on the step. Nobody looks at a man in a cheap cap. # sfx: tram_bell
* [Notice the queue outside a baker's shop]
    ~ lenin_noticed = 1
    Outside a shuttered baker's the first women are already waiting, shawls over their heads, a child asleep on a shoulder. The shop will not open for hours. The bread ration has shrunk all autumn.
    None of these women has read Marxism and Insurrection. None of them needs to. They are the argument; the Committee is a footnote.
* [Notice two soldiers arguing under an awning]
    ~ lenin_noticed = 2
    Two garrison soldiers share a cigarette and a quarrel under an awning. One says the Staff will have them on a train to the front inside a week. The other says the regiment has voted, and will not go. Neither mentions the Bolsheviks. Both are speaking your language.
    A soldier who refuses the trenches is halfway to the Winter Palace. The difficulty, you admit, is the other half.
* [Notice what is pasted on the walls]
    ~ lenin_noticed = 3
    The walls are papered in layers: candidates' lists for the Constituent Assembly, whose elections are set for November; appeals of the Soviet; a shop sign whose double-headed eagle has been painted over so badly that the bird shows through like a bruise.
    There is Kamenev's whole policy: wait for the ballot. Meanwhile the ballot is peeling off the bricks in the rain.
- You cross the Grenadersky Bridge. Below, the Nevka runs black and high, and the wind off the water comes straight through the coat. # ambience: rain_river
Then the Karpovka, a narrow dark channel, and its embankment. Your boots are loud on the stones. Rahja looks back once, sees nobody, and says nothing, which is what Finns say when everything is in order. # sfx: footsteps_cobbles
-> lenin_arrival

=== lenin_arrival ===
# time: 1917-10-10 21:50
# place: sukhanov_flat
# ambience: interior_quiet
Number 32 on the Karpovka embankment, flat 31. You knock. # sfx: door_knock
Galina Flakserman opens the door: a party member, and the wife of Nikolai Sukhanov, the Menshevik-Internationalist who has watched the revolution from the Soviet's benches since February and will, in the years after it, write the whole of it down as his Notes on the Revolution. Sukhanov is away tonight and knows nothing of what his flat is for. The revolution's most diligent chronicler will miss this page of it. # basis: documented
Chairs have been carried into the dining room; the curtains are drawn, the lamp low. They come in by twos and threes, shaking off the wet: twelve of the Committee's twenty-one members. Yakov Sverdlov, the secretary, who has the lists and the chair. Varvara Yakovleva, with a pencil, to take the minutes. Trotsky, chairman of the Petrograd Soviet, restless. Kamenev, with his reddish pointed beard and café gestures. Stalin, editor of Rabochii Put', who says little and who, when your articles were sharp, printed the milder ones. Dzerzhinsky, Uritsky, Kollontai, Bubnov, Sokolnikov, Lomov. # basis: documented
And Zinoviev, in hiding since July like you: the comrade of the émigré years, who shared the hut at Razliv, who has read every one of your letters and does not agree with them.
* [Embrace him: Razliv was not nothing]
    ~ lenin_unity += 1
    You take him by both arms. He is surprised, then glad, and for a moment you are two fugitives again, swatting mosquitoes by a lake. Then he looks past you at the table, and his face closes a little. He knows why you have come.
* [Shake his hand and say nothing about the letters]
    A handshake, firm and short. Neither of you mentions September. There will be time for that before morning.
* [Ask him, lightly, whether he has come to vote or to mourn]
    ~ lenin_unity -= 1
    ~ lenin_resolve += 1
    He smiles, because he knows what your jokes are for. Kamenev, behind him, does not smile at all. Two people in the room have just decided to argue harder, and neither of them is you.
- -> lenin_report

=== lenin_report ===
# time: 1917-10-10 22:10
Sverdlov opens the meeting a little after ten and gives you the floor. Yakovleva's pencil waits. Twelve faces in lamplight, and the rain at the window like someone trying to listen.
* [Begin with the weeks this Committee has wasted]
    ~ lenin_resolve += 1
    ~ lenin_unity -= 1
    You begin with the calendar. Since the beginning of September this Committee has treated the rising with indifference, you tell them, and indifference in September is a crime in October. You do not look at Kamenev. You do not need to. Kollontai nods, hard.
* [Begin with the majority: the Soviets are ours]
    You begin with arithmetic, which embarrasses people who prefer principles. On the thirty-first of August the Petrograd Soviet passed a Bolshevik resolution for the first time; now Trotsky chairs it. The masses who followed the Mensheviks and SRs in spring have followed us since Kornilov.
* [Begin with the enemy: Kerensky, Kornilov and the Germans]
    You begin with the other side, because the other side is not sitting still. Kornilov's march collapsed in August; his friends did not. A government that talks of moving to Moscow has thought about leaving Petrograd to the Germans, or to the next general who offers to save it. Whoever acts first chooses the ground.
- Then you put it plainly, and Yakovleva takes it down in pencil, as the minutes will keep it: "We now have the majority behind us. Politically, the situation is fully ripe for taking power." # basis: quoted Lenin, Central Committee minutes, 10 Oct
The rest follows link by link. The party cannot wait for the Constituent Assembly, because it will not be allowed to wait: the government is preparing its own blow, the garrison sent away, the capital given up. The only thing not ready is this Committee. The question is no longer whether but how: the regiments, the Red Guards, the sailors, the stations, the telegraph, the bridges.
{lenin_noticed == 1: You tell them about the women outside the baker's on Bolshoi Sampsonievsky, standing in the rain for bread that may not be there. Hunger does not wait for a Congress.}
{lenin_noticed == 2: You tell them about the two soldiers under the awning. The garrison is ours today because it does not want to go to the front. In a month it will be at the front, or it will belong to whoever kept it here.}
{lenin_noticed == 3: You tell them about the walls on Bolshoi Sampsonievsky, candidates' lists peeling in the rain. That is what the ballot looks like to a man who has not eaten.}
You speak for a long time. When you stop there is only Yakovleva turning a page, and the rain.
-> lenin_reply

=== lenin_reply ===
# time: 1917-10-10 23:40
Then Zinoviev speaks, and Kamenev after him. They are not fools, which is what makes them dangerous.
Zinoviev begins with the Congress of Soviets, due to meet on the twentieth, ten days from now. The party will come to it as the strongest faction, perhaps with a majority. Why take by force, in the Soviets' name, what the Soviets may simply vote to take? A rising before the Congress is not the Soviets taking power; it is one party taking it and asking the Soviets to sign afterwards. # basis: plausible
Kamenev takes up the Constituent Assembly, its elections set for November. In the Assembly a party that grows every week can be a great force. Time is on the side of a party that is growing. A party that stakes everything on one night can lose everything in it. # basis: plausible
Then the forces, and Kamenev is good at cold counting. The government has the junker schools, thousands of officer cadets who will shoot; three Cossack regiments; armoured cars; the front, from which it can call troops. Soldiers who will not go to the trenches will not necessarily march on the Winter Palace. And the workers are angry but tired; a call nobody answers is worse than no call at all.
And July, says Zinoviev, more quietly, looking at you. In July, too, people said the masses were ready. The party lost its headquarters and its leaders, and was branded a nest of German agents. A defeat now would not be July. It would be the end of the party for years, and of the revolution with it.
-> lenin_questions

=== lenin_questions ===
{lenin_asked == 0: You could answer at once, or make one of them answer first.|They wait for your answer.}
* {lenin_asked < 1} [Ask Kamenev what the party should do if Kerensky strikes first]
    ~ lenin_asked += 1
    Suppose, you say, the government does not wait. Suppose it sends the regiments away next week, closes our papers, arrests our people, as in July. What then?
    Kamenev's answer is not a bad one. Then the party defends the Soviet, and the garrison defends it too, because it will be defending itself. Defence, not attack; let the government break the peace.
    At the end of the table Trotsky looks up at the word "defence", as if he has heard something useful in it. You file that away.
* {lenin_asked < 1} [Ask Zinoviev when, if not now]
    ~ lenin_asked += 1
    ~ lenin_resolve += 1
    Then when, you ask him. After the Congress? After the Assembly? After the snow?
    When the ground is firmer, he says; when the provinces have caught up with Petrograd. He says it without heat, like a man describing the weather in a country he has never visited.
    Not yet, he means. You have heard "not yet" from this Committee since September. Not yet is a date too. It is Kerensky's date.
* {lenin_asked < 1} [Ask the room what the regiments are really saying]
    ~ lenin_asked += 1
    Trotsky answers, because the regiments come to his Soviet. Unit after unit has voted against being sent out of the city; they trust the Soviet more than the Staff. Whether they will march for a party is one question, he says. Whether they will march to defend the Soviet that keeps them off the trains is another, and the answer to that may be yes.
    Kamenev says that is exactly his point. Trotsky says it is exactly his. They are both half right, you think, and in a rising half right is enough.
+ [{lenin_asked == 0: Answer them now|Now answer them}]
    -> lenin_answer
- -> lenin_questions

=== lenin_answer ===
You answer in the order they spoke, because order is a weapon. The Congress: its date is in the hands of the Menshevik and SR leaders of the Soviet Executive, who would rather it never met. It can be postponed. It can be surrounded. A Congress under Kerensky's guns with nothing behind it but resolutions will resolve, and resolve, and go home.
The Assembly: Kamenev talks as if the government were a neutral clerk keeping the ballot boxes warm. If the party waits for November, it waits for the friends of Kornilov to try again with better staff work.
The forces: yes, junkers, Cossacks, armoured cars. In August Kornilov sent his cavalry against the capital, and it fell apart on the railway lines without a battle. Soldiers who will not go to the front must win now or go later. There is no third road for them, and so none for us.
And July. You look at Zinoviev. In July the party followed the street. This time it must lead, and choose the hour, rather than be dragged to it by a crowd with no plan.
{lenin_resolve >= 3: You have been harsh. Harshness has never yet lost you an argument with people who agree with you and are afraid.|You keep your voice level. A level voice frightens cautious people more than shouting does.}
-> lenin_break

=== lenin_break ===
# time: 1917-10-11 01:00
Somewhere in the flat a clock strikes one. It is the eleventh of October now, and nobody has moved to go home.
Galina Flakserman brings tea, and the meeting breaks for a while into knots of people with glasses in their hands: Kollontai talking fast to Lomov, Stalin saying nothing to Sokolnikov, Sverdlov sorting his papers as if there were a train to catch.
* [Sit down beside Zinoviev with your tea]
    ~ lenin_unity += 1
    You sit knee to knee, as you sat at Razliv over the fire. For a minute you talk about the lake and the mosquitoes; then, because you are what you are, about the rising.
    He is not afraid for himself, he tells you. He is afraid for the party, which he has given his life to, as you have. You believe him. It changes nothing in your mind, nor in his, but something in the room is a little less brittle afterwards.
* [Take a pencil and write the resolution out while they drink]
    ~ lenin_resolve += 1
    You take a clean sheet from Yakovleva's pile and write while the tea goes cold: the international situation, the army, the danger to the capital, the Soviets. Then the heart of it, the clause you have carried in your head since September. It comes out in one line, without crossings-out.
    Sverdlov reads it upside down across the table, and nods.
* [Needle Kamenev about his beloved Constituent Assembly]
    ~ lenin_unity -= 1
    You ask Kamenev, pleasantly, whether he has chosen his seat in the Assembly yet, and whether it faces the government benches or sits on them.
    Kollontai laughs. Kamenev does not. He says mildly that he would rather the party were mocked in a parliament than shot in a courtyard. Two or three people who were laughing stop.
- -> lenin_decision

=== lenin_decision ===
# time: 1917-10-11 01:40
Sverdlov calls them back to the table. The lamp has been turned up; the faces are greyer under it. Proposals, he says.
Everyone knows what yours is. What they do not know is how far you will push it. Neither, quite, do you.
{lenin_resolve >= 3: Every instinct you own says push to the wall: a night, an hour, names. A resolution is paper, and this Committee has a drawer full of your paper already.|The words on the sheet are enough, if they will vote for them. A date can be fixed by the people who must carry it out.}
* [Put the resolution as written, and leave the date to events #historicity: historical]
    -> lenin_vote
* [Demand that a date be fixed tonight, before the Congress meets #historicity: plausible]
    -> lenin_date
* [Demand that Zinoviev and Kamenev leave the Central Committee #historicity: speculative]
    -> lenin_expel

=== lenin_date ===
# time: 1917-10-11 01:50
~ lenin_overreach = 1
A resolution without a date, you tell them, is a wish, and this Committee has been wishing since September. You want a day named tonight, before the Congress meets on the twentieth, so that the Congress finds power already in the Soviets' hands.
The room changes temperature.
Kamenev is on his feet, angry for the first time tonight. A date agreed by thirteen people is a date published, he says; within the week it will be on Kerensky's desk, and the government will choose its own day a little earlier.
Trotsky does not want your date either, for a reason of his own. He wants the rising tied to the Congress. The garrison will move to defend the Soviet against a government that tries to send it away; it will not move for a day written in a party's minutes. Give the soldiers a reason they already believe, he says, not a timetable.
Sverdlov, who is on your side, says quietly that the Military Organisation has no plan for any date at all yet.
Zinoviev, silent since his speech, looks suddenly much less tired.
* [Insist: put the date to the vote #historicity: plausible L3]
    ~ lenin_overreach = 2
    -> lenin_date_vote
* [Let the date go, and keep the words "fully ripe" #historicity: historical]
    You let it go, not gracefully: events will fix the date if they will not, you tell them, and events are less patient than you.
    Sverdlov's shoulders come down an inch. Kamenev sits down slowly, watching you, as a man watches a dog that has stopped barking.
    -> lenin_vote

=== lenin_expel ===
# time: 1917-10-11 01:50
~ lenin_overreach = 3
You say it before you can weigh it. A Committee cannot lead a rising with two of its members working against it at the same table. If Zinoviev and Kamenev cannot accept the line, let them leave the Committee tonight and argue with the party from outside.
The silence is complete.
Zinoviev goes white. Kamenev, to your surprise, goes calm. He has put his arguments, he says evenly, as a member is bound to; if the Committee wants his resignation it has only to vote for it.
The Committee does not want it. Sverdlov says flatly that he will not put such a motion, and that a party about to ask the garrison for its trust cannot begin by throwing out two of its best-known names. Stalin, who has spoken perhaps twice all night, says the same in fewer words. Dzerzhinsky and Sokolnikov agree. Kollontai, who is with you on the rising, shakes her head at you on this.
Trotsky says nothing, and looks at you as if measuring what the last minute has cost. It is your own arithmetic shifting round the table: two or three votes you counted on an hour ago are not certain now.
* [Withdraw the demand and put the resolution to the vote #historicity: plausible]
    You withdraw it, saying for the minutes that the question will come back if discipline is broken. Then you ask for the vote. Nobody thanks you.
    -> lenin_vote
* [Resign from the Central Committee and take the question to the ranks #historicity: speculative]
    ~ lenin_overreach = 4
    -> lenin_split

=== lenin_vote ===
# time: 1917-10-11 02:30
Sverdlov reads your resolution aloud: the international situation, the army, the government's designs on the capital, the Soviets. Then what you crossed the river to make them say: that an armed uprising is inevitable, and the time for it is fully ripe. Every party organisation is to be guided by this in every practical question.
{lenin_overreach == 1: It says nothing about a date. Everyone at the table knows that you asked for one and did not get it, and everyone knows you will ask again.}
{lenin_overreach == 3: Nobody is thinking only about the resolution now. Half the table is still thinking about what you demanded ten minutes ago.}
Sverdlov asks for hands.
* [Watch Zinoviev's face as the hands go up]
    ~ lenin_noticed = 4
    {lenin_unity >= 1: He does not look away from you. There is no anger in his face, only a kind of grief, the grief of a man watching a friend walk out onto thin ice and deciding not to follow.|He looks at the table, at the rain, anywhere but at you. He was decided before he came in, and nothing you did tonight has made it easier for him to change.}
* [Watch Yakovleva write the figures down]
    ~ lenin_noticed = 5
    She writes slowly and clearly, as if the pencil knew it was making a document. Long after this room is forgotten, people will count these hands again.
-
{lenin_overreach == 3: -> lenin_vote_bruised}
For: you, Trotsky, Stalin, Sverdlov, Dzerzhinsky, Uritsky, Kollontai, Bubnov, Sokolnikov, Lomov. Against: Zinoviev and Kamenev. Ten to two. # basis: documented
No date is set, no plan drawn, no regiment named. The Committee that would not discuss your letters in September has declared the rising inevitable, and left it on the table without a day or an hour. It is enough to begin with. Once a committee has voted that something is inevitable, it is very hard to vote that it is not.
-> lenin_after

=== lenin_vote_bruised ===
For: you, Trotsky, Sverdlov, Uritsky, Kollontai, Bubnov, Sokolnikov, Lomov. Against: Zinoviev and Kamenev. Two who would have been with you an hour ago, Stalin and Dzerzhinsky, keep their hands on the table and abstain, not against the rising but against the way you have just tried to run it. Eight to two, two abstaining. # basis: invented
It passes. It passes smaller than it should have, and everyone in the room can count.
-> lenin_after

=== lenin_after ===
# time: 1917-10-11 03:00
The meeting does not end so much as wear out. Kamenev and Zinoviev leave together, heads close, already talking. Before the day is out there will be a letter from them to the party organisations. They have lost the vote, not the argument, not in their own minds.
* [Go back out into the rain with Rahja]
    Rahja is waiting by the door with your cap. The stairwell is cold, the embankment colder, and the Karpovka goes on running under the rain as though nothing whatever had happened in number 32. # ambience: rain_river
    You walk fast. The wig is damp and itches abominably. You are, you realise, in an excellent temper.
* [Stay until the last of them has gone]
    ~ lenin_trotsky = 1
    You stay. Trotsky, at the door, says that the Soviet's new committee of defence, if the government gave it cause, could find the whole garrison answering to it. You tell him to make sure the government gives it cause.
    Alone, you sit for a minute in Sukhanov's chair. It is a good chair. He will never know what was decided in it.
-
{lenin_overreach == 3: -> lenin_end_bruised}
{lenin_overreach == 1: This is how the night really ended: ten votes to two, and no date. Your demand for a date, in this telling, is invented; in the real minutes Lenin did not press for one, and the historical outcome stands.}
{lenin_overreach == 0: This is how the night really ended: ten votes to two, and no date. Eight days from now Kamenev will tell Gorky's paper, Novaya Zhizn, that to take the initiative of an armed insurrection at the present moment is "an inadmissible step ruinous to the proletariat and to the revolution", and you will call it "unbelievable strike-breaking". All that is still ahead of you.}
{lenin_unity >= 1: You tried tonight to keep Zinoviev close. It did not change his vote; history does not bend for a cup of tea. What it changed afterwards is harder to count.|You did not spare Zinoviev and Kamenev tonight. You will spare them still less in the days to come.}
Outside, the rain is still falling on the Karpovka, and the city sleeps on.
-> lenin_lesnoi

=== lenin_end_bruised ===
This is not what happened. On the real night Lenin made no demand to expel anyone, and the resolution passed ten votes to two. Here it has passed eight to two, and the Committee has learned that you will turn on your own in the middle of a meeting. In reality Lenin demanded their expulsion eight days later, over Kamenev's statement in the press, and the Committee refused him then too.
{lenin_unity >= 1: Zinoviev, whom you sat beside over tea, will not forget that you tried to throw him out an hour later.|Neither Zinoviev nor Kamenev says goodnight to you. Their letter to the party will be sharper for tonight.}
The rising has its resolution. It also has two leaders who have been shown the door and not pushed through it, and a Committee that is wary of you. One could argue that such a scene would have cost little on the night and something later: a leadership watching itself, in the very days when it most needed to move together. # basis: plausible
-> lenin_lesnoi

=== lenin_date_vote ===
# time: 1917-10-11 02:20
Sverdlov, with a face like a closed door, puts the date first, on its own. Four hands: yours, Lomov's, Bubnov's, and Kollontai's. Eight against. Trotsky is among the eight; so is Stalin; so is Sverdlov himself.
Then the resolution. But the date vote has changed what the resolution means. Half the table now fears that to vote "fully ripe" is to vote for your date by the back door, and Kamenev says so at once, to nobody in particular and to everyone.
{lenin_unity >= 1: -> lenin_watered}
-> lenin_shelved

=== lenin_watered ===
Sverdlov finds the way out a chairman always finds. The words "fully ripe" come out. What remains is softer: the Committee recognises that an armed rising is on the agenda, and calls on the party's organisations to prepare for it, without saying when, or whether the moment has come.
The people you were gentle with tonight vote for it, to keep the peace. Seven for, three against, two abstaining. Zinoviev and Kamenev vote against even this; so does Lomov, who wanted your date and will not have half of it. Stalin and Sokolnikov abstain.
You have a resolution. It is not the one you wrote.
* [Tell Trotsky the words can be won back]
    ~ lenin_trotsky = 1
    You tell Trotsky at the door that the words can be won back; that a Committee which has voted the rising onto its agenda can be made to vote it off the agenda and into the street. He agrees, and adds that the garrison will decide the date sooner than either of you.
* [Say nothing, and begin the next letter in your head]
    ~ lenin_resolve += 1
    You say nothing. You put on your cap. By the time you reach the Grenadersky Bridge the next letter to the Committee is half written in your head, and it is not polite.
-
# ambience: rain_river
This is not what happened. On the real night Lenin pressed for no date; the resolution passed, ten votes to two, with its words intact: an armed uprising inevitable, the time fully ripe. Here, by overreaching, you have traded them for a promise to prepare.
One could argue that such a softening leads one way: the rising put off until after the Congress of Soviets, as Zinoviev would propose on the sixteenth, and power perhaps passing through the Congress itself, shared with others, rather than taken on the eve. It is a plausible road, and it is not the one Russia took. # basis: plausible
-> lenin_lesnoi

=== lenin_shelved ===
Nobody finds a way out, because nobody is looking for one on your behalf. The resolution goes to the vote as you wrote it. Five for, five against, two abstaining. A tie fails.
Zinoviev speaks once more, briefly, and the Committee agrees to do what he asked from the start: to wait for the Congress of Soviets, to prepare, and to decide nothing more tonight. Kamenev does not look pleased. He looks relieved, which is worse.
You sit very still. You came across the river to make them say one sentence. They have said another.
* [Write tonight to the Petersburg Committee and to Kronstadt, over the Committee's head #historicity: plausible]
    ~ lenin_resolve += 1
    You ask Galina Flakserman for paper. Before the others have found their coats you are writing: to the party's Petersburg Committee, to Moscow, to the sailors at Kronstadt. The Central Committee has voted to wait; you are appealing from it to the party. You know exactly what that is called. You have called it that yourself, about other people.
* [Resign from the Central Committee, as you threatened on the twenty-ninth of September #historicity: speculative]
    ~ lenin_overreach = 4
    You tell Sverdlov, for the minutes, that you resign from the Central Committee as of tonight and reserve the right to campaign among the rank and file. Yakovleva's pencil stops, then writes it down. Nobody argues. They have had a letter saying this since September, and now it has come in person.
-
# time: 1917-10-11 03:00
# ambience: street_night
Rahja walks you home through the rain. Neither of you speaks. On Bolshoi Sampsonievsky the bread queue has grown.
This is not what happened. On the real night the resolution passed ten votes to two, and the Committee was never asked to vote on a date. Here you lost the room by asking for more than it could give.
One could argue the case for this branch soberly: the rising postponed until after the Congress, Lenin going over the Committee's head to the Petersburg Committee, Kronstadt and the sailors, as he had threatened to in September, and a party that might have split in two on the eve of its chance. # basis: plausible
-> lenin_ranks

=== lenin_split ===
# time: 1917-10-11 02:10
You tell Sverdlov that if this Committee will not make the revolution with a clean instrument, you will make it without the Committee. You resign from it, tonight, for the minutes, and you will take the question to the party's ranks: to the Petersburg Committee, the districts, the sailors.
Sverdlov asks you, very quietly, to sit down. Trotsky says that this is what the government would pay money to see. Kamenev says nothing; he does not need to.
You take your cap from the hook. The room watches you go. Nobody votes on anything.
Rahja is waiting on the stairs. He asks nothing. You walk back to the Vyborg Side without a word, the Nevka loud in the dark under the Grenadersky Bridge, and by the time you reach Bolshoi Sampsonievsky you are composing, with great care, the letter that will tell the party what its Central Committee did tonight.
# time: 1917-10-11 03:00
# ambience: rain_river
This is not what happened, and it is the furthest this chapter goes from the record. On the real night Lenin demanded no expulsions and did not resign; the resolution passed ten to two.
One could argue that a public split on the eve of the rising would have been grim for the party: a leadership weakened in Moscow and the provinces, and Kerensky handed proof, in the party's own quarrel, that a coup was being prepared. Whether Lenin outside the Committee could have carried the ranks with him is the question that divides the "great man" reading of Sidney Hook's The Hero in History (1943), for which October needed Lenin in command, from Alexander Rabinowitch's The Bolsheviks Come to Power (1976), for which the party won by its flexibility and by answering the mood of the ranks at least as much as by obeying him. # basis: plausible
-> lenin_ranks

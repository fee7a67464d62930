# title: Petrograd 1917
# author: The Petrograd 1917 team

INCLUDE lenin/01_karpovka.ink
INCLUDE kerensky/01_garrison.ink
INCLUDE kerensky/02_warning.ink
INCLUDE kerensky/03_insurrection.ink
INCLUDE kerensky/04_night.ink
INCLUDE kerensky/05_departure.ink
INCLUDE kerensky/06_gatchina.ink
INCLUDE junker/01_orders.ink

-> hub

=== hub ===
Petrograd, October 1917. Whose October will you live?
+ [Lenin, in hiding on the Vyborg Side] -> lenin
+ [Kerensky, Minister-President] -> kerensky
+ [A cadet of the Peterhof ensign school] -> junker

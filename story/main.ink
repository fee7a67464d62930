# title: Petrograd 1917
# author: The Petrograd 1917 team

INCLUDE lenin/01_karpovka.ink
INCLUDE lenin/02_lesnoi.ink
INCLUDE lenin/03_strikebreakers.ink
INCLUDE lenin/04_shpalernaya.ink
INCLUDE lenin/05_smolny.ink
INCLUDE lenin/06_congress.ink
INCLUDE lenin/07_decrees.ink
INCLUDE lenin/08_kronstadt.ink
INCLUDE lenin/endings.ink
INCLUDE kerensky/01_garrison.ink
INCLUDE junker/01_orders.ink

-> hub

=== hub ===
Petrograd, October 1917. Whose October will you live?
+ [Lenin, in hiding on the Vyborg Side] -> lenin
+ [Kerensky, Minister-President] -> kerensky
+ [A cadet of the Peterhof ensign school] -> junker

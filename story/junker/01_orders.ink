=== junker ===
The junker chapter is being written.
# ending: junker_ch1_end
-> END

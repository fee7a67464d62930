=== kerensky ===
The kerensky chapter is being written.
# ending: kerensky_ch1_end
-> END

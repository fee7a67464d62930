=== lenin ===
The lenin chapter is being written.
# ending: lenin_ch1_end
-> END

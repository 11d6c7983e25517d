/**
 * slonik's logger (roarr) adds an 'error' listener to process.stdout each time it is loaded, and jest loads it afresh
 * for every test file a worker runs. That is one listener per test file, not a leak, but past ten Node warns of one
 * (MaxListenersExceededWarning). The bound stays, raised to more than the suite's test files.
 */
process.stdout.setMaxListeners(200);

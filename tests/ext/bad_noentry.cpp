// A shared library without the gilectomy_init_bad_noentry entry point.
extern "C" __attribute__((visibility("default"))) int gilectomy_init_something_else() { return 0; }

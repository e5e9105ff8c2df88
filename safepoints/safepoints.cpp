// The safepoints library: thread registry and stop-the-world (see DESIGN.md).

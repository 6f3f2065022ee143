// The command that applies doctor's fixes, named by modules outside the messages too (the messages
// keep their own copy: see ./en/doctor-fix.ts).
export const FIX_CMD = 'aisa-setup doctor --fix';

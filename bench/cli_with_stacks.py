"""`analyze`, with every thread's stack printed to stderr on SIGUSR1 (for diagnosing a hang):
    python bench/audit_rerun.py --cli-wrapper bench/cli_with_stacks.py"""

import faulthandler
import signal
import sys

faulthandler.register(signal.SIGUSR1, all_threads=True)

from giants.cli import main  # noqa: E402

sys.argv = ["analyze"] + sys.argv[1:]
main()

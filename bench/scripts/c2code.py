# The machine code of C2's compilations of the inner loop (FastLoop.run), read from the output
# of -XX:CompileCommand=print: each compilation's code comes as hex words after [MachCode], and
# without a disassembler plug-in in the JDK, objdump decodes them. Imported by the scripts that
# look at that code (dispatch-spills.sh, hot-code.sh).
import re
import subprocess
import tempfile


class Compilation:
    """One C2 compilation: its header line, code address and bytes, and decoded instructions."""

    def __init__(self, header, base, code):
        self.header = header
        self.base = base
        self.code = bytes(code)
        self.osr = ' % ' in header
        self._instructions = None

    def contains(self, address):
        return self.base <= address < self.base + len(self.code)

    def instructions(self):
        """(address, text) of every instruction, in address order."""
        if self._instructions is None:
            with tempfile.NamedTemporaryFile(suffix='.bin') as f:
                f.write(self.code)
                f.flush()
                dis = subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64',
                                      '--adjust-vma=%d' % self.base, f.name],
                                     capture_output=True, text=True).stdout
            self._instructions = []
            for line in dis.split('\n'):
                m = re.match(r'\s*([0-9a-f]+):\s+(?:[0-9a-f]{2} )+\s*(.*)', line)
                if m and m.group(2).strip():  # (a long encoding's last bytes come on a line of their own)
                    self._instructions.append((int(m.group(1), 16), m.group(2).strip()))
        return self._instructions

    def jump_targets(self):
        """Addresses that a direct jump of this code goes to."""
        return {int(m.group(1), 16) for _, t in self.instructions()
                for m in [re.search(r'\bj\w+\s+0x([0-9a-f]+)', t)] if m}


def compilations(path, method='FastLoop::run'):
    """The C2 compilations of {method} printed in the file at {path}, in order."""
    lines = open(path).read().split('\n')
    found = []
    for s, header in enumerate(lines):
        if not (header.startswith('Compiled method (c2)') and method in header):
            continue
        end = next(i for i in range(s, len(lines)) if lines[i].startswith('[/MachCode]'))
        code, base = bytearray(), None
        for x in lines[s:end]:
            m = re.match(r'\s*0x([0-9a-f]+): (.*)', x)
            if not m:
                continue
            addr, hexs = int(m.group(1), 16), m.group(2).replace('|', '').replace(' ', '')
            if re.fullmatch(r'[0-9a-f]+', hexs):
                if base is None:
                    base = addr
                if addr != base + len(code):
                    break
                code += bytes.fromhex(hexs)
        if base is not None:
            found.append(Compilation(header, base, code))
    return found

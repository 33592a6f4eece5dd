package org.panlua.core.lex;

import java.util.ArrayList;
import java.util.List;
import org.panlua.core.compiler.ChunkId;
import org.panlua.core.compiler.LuaBytes;
import org.panlua.core.compiler.LuaSyntaxException;

/**
 * The lexer of Lua 5.4 over the bytes of a chunk.
 *
 * <p>Lines are counted over {@code \n}, {@code \r}, {@code \r\n} and {@code \n\r} (a pair counts
 * once). Errors are {@link LuaSyntaxException}s worded as the reference's, for example
 * {@code x.lua:3: malformed number near '3x'}. Like the reference, the lexer keeps the text of
 * the token being read (see {@link Token#text()}), which error messages quote; the escapes of a
 * string are kept as written until they are complete, so a bad escape is quoted as written.
 *
 * <p>In file mode ({@link #forFile}) a UTF-8 byte order mark and a first line starting with
 * {@code #} are skipped, as {@code luaL_loadfile} does; {@code load} of a string skips nothing.
 */
public final class Lexer {
    private static final int EOZ = -1;
    /** The reference gives up when the line count reaches {@code INT_MAX}. */
    private static final int MAX_LINE = Integer.MAX_VALUE;

    private final byte[] source;
    private final String chunkId;
    private int position;
    private int current;
    private int line = 1;
    private final TextBuffer text = new TextBuffer();

    /** A lexer over {@code source}, named {@code chunkName} ({@code @file}, {@code =name} or text). */
    public Lexer(byte[] source, String chunkName) {
        this(source, chunkName, false);
    }

    private Lexer(byte[] source, String chunkName, boolean fileMode) {
        this.source = source;
        this.chunkId = ChunkId.format(chunkName);
        if (fileMode) skipFilePrelude();
        advance();
    }

    /**
     * A lexer for the contents of a file: skips a UTF-8 byte order mark and a first line that
     * starts with {@code #} (its line break stays, so line numbers do not change).
     */
    public static Lexer forFile(byte[] source, String chunkName) {
        return new Lexer(source, chunkName, true);
    }

    private void skipFilePrelude() {
        if (source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB
                && (source[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        if (position < source.length && source[position] == '#') {
            while (position < source.length && source[position] != '\n') position++;
        }
    }

    /** The chunk name as it appears in messages. */
    public String chunkId() {
        return chunkId;
    }

    /** The line the lexer is on (the last line of the last token read). */
    public int line() {
        return line;
    }

    /** All tokens up to and including {@link TokenKind#EOF}. */
    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = next();
            tokens.add(t);
        } while (t.kind() != TokenKind.EOF);
        return tokens;
    }

    /** A syntax error at the current line, {@code near} as the reference shows tokens (or null). */
    public LuaSyntaxException error(String message, String near) {
        return new LuaSyntaxException(chunkId, line, message, near);
    }

    /** The next token; {@link TokenKind#EOF} at the end, again and again. */
    public Token next() {
        text.reset();
        for (;;) {
            switch (current) {
                case '\n', '\r' -> newline();
                case ' ', '\f', '\t', 0x0B -> advance();
                case '-' -> {
                    advance();
                    if (current != '-') return fixed(TokenKind.MINUS);
                    advance();
                    skipComment();
                }
                case '[' -> {
                    int sep = skipSeparator();
                    if (sep >= 2) return longString(sep);
                    if (sep == 0) throw error("invalid long string delimiter", quoted(text.toText()));
                    return fixed(TokenKind.LBRACKET);
                }
                case '=' -> {
                    return either('=', TokenKind.EQ, TokenKind.ASSIGN);
                }
                case '<' -> {
                    advance();
                    if (accept('=')) return fixed(TokenKind.LE);
                    if (accept('<')) return fixed(TokenKind.SHIFT_LEFT);
                    return fixed(TokenKind.LT);
                }
                case '>' -> {
                    advance();
                    if (accept('=')) return fixed(TokenKind.GE);
                    if (accept('>')) return fixed(TokenKind.SHIFT_RIGHT);
                    return fixed(TokenKind.GT);
                }
                case '/' -> {
                    return either('/', TokenKind.DOUBLE_SLASH, TokenKind.SLASH);
                }
                case '~' -> {
                    return either('=', TokenKind.NE, TokenKind.TILDE);
                }
                case ':' -> {
                    return either(':', TokenKind.DOUBLE_COLON, TokenKind.COLON);
                }
                case '"', '\'' -> {
                    return shortString(current);
                }
                case '.' -> {
                    save();
                    if (accept('.')) {
                        if (accept('.')) return fixed(TokenKind.DOTS);
                        return fixed(TokenKind.CONCAT);
                    }
                    if (!Numerals.isDigit(current)) return fixed(TokenKind.DOT);
                    return numeral();
                }
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    return numeral();
                }
                case EOZ -> {
                    return fixed(TokenKind.EOF);
                }
                default -> {
                    if (isAlpha(current)) return name();
                    int c = current;
                    advance();
                    TokenKind single = singleCharacter(c);
                    if (single != null) return fixed(single);
                    return new Token(TokenKind.OTHER, line, c, String.valueOf((char) c));
                }
            }
        }
    }

    // ---- characters -------------------------------------------------------------------------

    private void advance() {
        current = position < source.length ? source[position++] & 0xFF : EOZ;
    }

    private void save() {
        text.append(current);
        advance();
    }

    /** Saves and skips the current character when it is {@code c}. */
    private boolean accept(int c) {
        if (current != c) return false;
        save();
        return true;
    }

    private boolean isNewline() {
        return current == '\n' || current == '\r';
    }

    /** Skips a line break ({@code \n}, {@code \r}, {@code \r\n} or {@code \n\r}) and counts it. */
    private void newline() {
        int first = current;
        advance();
        if (isNewline() && current != first) advance();
        if (++line >= MAX_LINE) throw error("chunk has too many lines", null);
    }

    static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || Numerals.isDigit(c);
    }

    // ---- simple tokens ----------------------------------------------------------------------

    private static TokenKind singleCharacter(int c) {
        return switch (c) {
            case '+' -> TokenKind.PLUS;
            case '*' -> TokenKind.STAR;
            case '%' -> TokenKind.PERCENT;
            case '^' -> TokenKind.CARET;
            case '#' -> TokenKind.HASH;
            case '&' -> TokenKind.AMPERSAND;
            case '|' -> TokenKind.PIPE;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case ']' -> TokenKind.RBRACKET;
            case ';' -> TokenKind.SEMICOLON;
            case ',' -> TokenKind.COMMA;
            default -> null;
        };
    }

    private Token fixed(TokenKind kind) {
        return new Token(kind, line, null, kind.text());
    }

    private Token either(int second, TokenKind two, TokenKind one) {
        advance();
        if (current == second) {
            advance();
            return fixed(two);
        }
        return fixed(one);
    }

    private Token name() {
        do {
            save();
        } while (isAlnum(current));
        String word = text.nameText();
        TokenKind reserved = TokenKind.reserved(word);
        if (reserved != null) return fixed(reserved);
        return new Token(TokenKind.NAME, line, word, word);
    }

    /**
     * A numeral: like the reference, reads greedily every hex digit, dot and exponent (with its
     * sign) and one letter touching the numeral, then converts the whole; whatever does not
     * convert is a malformed number.
     */
    private Token numeral() {
        String exponent = "Ee";
        int first = current;
        save();
        if (first == '0' && (current == 'x' || current == 'X')) {
            save();
            exponent = "Pp";
        }
        for (;;) {
            if (current >= 0 && exponent.indexOf(current) >= 0) {
                save();
                if (current == '+' || current == '-') save();
            } else if (Numerals.isHexDigit(current) || current == '.') {
                save();
            } else {
                break;
            }
        }
        if (isAlpha(current)) save();
        String numeral = text.toText();
        Number value = Numerals.parse(numeral);
        if (value == null) throw error("malformed number", quoted(numeral));
        if (value instanceof Long l) return new Token(TokenKind.INTEGER, line, l, numeral);
        return new Token(TokenKind.FLOAT, line, value.doubleValue(), numeral);
    }

    // ---- comments and long brackets ---------------------------------------------------------

    private void skipComment() {
        if (current == '[') {
            int sep = skipSeparator();
            text.reset();
            if (sep >= 2) {
                readLongBracket(sep, false);
                text.reset();
                return;
            }
        }
        while (!isNewline() && current != EOZ) advance();
    }

    /**
     * At {@code [} or {@code ]}: saves and skips it and the {@code =} signs after it. Returns
     * their count plus 2 when the same bracket follows (a well-formed long bracket), 1 for a
     * lone bracket, 0 for a bracket and {@code =} signs without the second bracket.
     */
    private int skipSeparator() {
        int bracket = current;
        save();
        int count = 0;
        while (current == '=') {
            save();
            count++;
        }
        if (current == bracket) return count + 2;
        return count == 0 ? 1 : 0;
    }

    private Token longString(int sep) {
        readLongBracket(sep, true);
        LuaBytes value = text.slice(sep, text.length() - sep);
        return new Token(TokenKind.STRING, line, value, text.toText());
    }

    /** Reads a long string or comment after its opening {@code [=*}; the first newline is skipped. */
    private void readLongBracket(int sep, boolean keep) {
        int startLine = line;
        save();
        if (isNewline()) newline();
        for (;;) {
            switch (current) {
                case EOZ -> {
                    String what = keep ? "string" : "comment";
                    throw error("unfinished long " + what + " (starting at line " + startLine + ")", "<eof>");
                }
                case ']' -> {
                    if (skipSeparator() == sep) {
                        save();
                        return;
                    }
                }
                case '\n', '\r' -> {
                    text.append('\n');
                    newline();
                    if (!keep) text.reset();
                }
                default -> {
                    if (keep) save();
                    else advance();
                }
            }
        }
    }

    // ---- short strings ----------------------------------------------------------------------

    private Token shortString(int delimiter) {
        save();
        while (current != delimiter) {
            switch (current) {
                case EOZ -> throw error("unfinished string", "<eof>");
                case '\n', '\r' -> throw error("unfinished string", quoted(text.toText()));
                case '\\' -> escape();
                default -> save();
            }
        }
        save();
        LuaBytes value = text.slice(1, text.length() - 1);
        return new Token(TokenKind.STRING, line, value, text.toText());
    }

    /**
     * An escape sequence. Its characters are saved as written while it is read (so an error
     * quotes them), then replaced by the bytes they stand for.
     */
    private void escape() {
        int start = text.length();
        save();
        switch (current) {
            case 'a' -> simpleEscape(start, 0x07);
            case 'b' -> simpleEscape(start, '\b');
            case 'f' -> simpleEscape(start, '\f');
            case 'n' -> simpleEscape(start, '\n');
            case 'r' -> simpleEscape(start, '\r');
            case 't' -> simpleEscape(start, '\t');
            case 'v' -> simpleEscape(start, 0x0B);
            case '\\', '"', '\'' -> simpleEscape(start, current);
            case 'x' -> {
                int value = hexDigit() << 4;
                value |= hexDigit();
                advance();
                text.truncate(start);
                text.append(value);
            }
            case 'u' -> utf8Escape(start);
            case '\n', '\r' -> {
                newline();
                text.truncate(start);
                text.append('\n');
            }
            case 'z' -> {
                advance();
                text.truncate(start);
                while (Numerals.isSpace(current)) {
                    if (isNewline()) newline();
                    else advance();
                }
            }
            case EOZ -> {
                // the string loop reports the unfinished string
            }
            default -> {
                check(Numerals.isDigit(current), "invalid escape sequence");
                int value = 0;
                for (int i = 0; i < 3 && Numerals.isDigit(current); i++) {
                    value = value * 10 + current - '0';
                    save();
                }
                check(value <= 0xFF, "decimal escape too large");
                text.truncate(start);
                text.append(value);
            }
        }
    }

    private void simpleEscape(int start, int value) {
        advance();
        text.truncate(start);
        text.append(value);
    }

    /** Saves the current character (the one before the digit) and checks that a hex digit follows. */
    private int hexDigit() {
        save();
        check(Numerals.isHexDigit(current), "hexadecimal digit expected");
        return Numerals.hexValue(current);
    }

    private void utf8Escape(int start) {
        save();
        check(current == '{', "missing '{'");
        long value = hexDigit();
        for (;;) {
            save();
            if (!Numerals.isHexDigit(current)) break;
            check(value <= (0x7FFFFFFFL >> 4), "UTF-8 value too large");
            value = (value << 4) + Numerals.hexValue(current);
        }
        check(current == '}', "missing '}'");
        advance();
        text.truncate(start);
        appendUtf8(value);
    }

    /** Lua's extended UTF-8: up to 6 bytes, for values up to 2^31 - 1. */
    private void appendUtf8(long value) {
        if (value < 0x80) {
            text.append((int) value);
            return;
        }
        int[] continuation = new int[6];
        int n = 0;
        long firstByteMax = 0x3F;
        do {
            continuation[n++] = 0x80 | (int) (value & 0x3F);
            value >>= 6;
            firstByteMax >>= 1;
        } while (value > firstByteMax);
        text.append((int) ((~firstByteMax << 1) | value) & 0xFF);
        while (n > 0) text.append(continuation[--n]);
    }

    /** The escape check: on failure the offending character joins the quoted text. */
    private void check(boolean ok, String message) {
        if (ok) return;
        if (current != EOZ) save();
        throw error(message, quoted(text.toText()));
    }

    private static String quoted(String s) {
        int nul = s.indexOf('\0');
        return "'" + (nul < 0 ? s : s.substring(0, nul)) + "'";
    }
}

package org.panlua.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.panlua.core.compiler.LuaSyntaxException;

/**
 * Broken sources (test resources {@code errors/*.lua}) and the message the reference gives for
 * each: every message below was produced by the reference luac 5.4.8 ({@code luac -p}, which
 * names a file {@code @name}), and matches Debian's luac5.4 too.
 */
class ErrorMessagesTest {

    static final Map<String, String> EXPECTED = Map.ofEntries(
        Map.entry("lex_decimal_escape_too_large",
                "lex_decimal_escape_too_large.lua:1: decimal escape too large near '\"\\256\"'"),
        Map.entry("lex_hex_at_quote",
                "lex_hex_at_quote.lua:1: hexadecimal digit expected near '\"\\x\"'"),
        Map.entry("lex_hex_digit_expected",
                "lex_hex_digit_expected.lua:1: hexadecimal digit expected near '\"\\xg'"),
        Map.entry("lex_hex_second_digit",
                "lex_hex_second_digit.lua:1: hexadecimal digit expected near '\"\\x5g'"),
        Map.entry("lex_invalid_escape",
                "lex_invalid_escape.lua:1: invalid escape sequence near '\"\\q'"),
        Map.entry("lex_invalid_long_delimiter",
                "lex_invalid_long_delimiter.lua:1: invalid long string delimiter near '[='"),
        Map.entry("lex_invalid_long_delimiter_2",
                "lex_invalid_long_delimiter_2.lua:1: invalid long string delimiter near '[=='"),
        Map.entry("lex_malformed_dot_exponent",
                "lex_malformed_dot_exponent.lua:1: malformed number near '.5e'"),
        Map.entry("lex_malformed_dots",
                "lex_malformed_dots.lua:1: malformed number near '3..2'"),
        Map.entry("lex_malformed_exponent",
                "lex_malformed_exponent.lua:1: malformed number near '1e'"),
        Map.entry("lex_malformed_exponent_sign",
                "lex_malformed_exponent_sign.lua:1: malformed number near '1e+'"),
        Map.entry("lex_malformed_hex",
                "lex_malformed_hex.lua:1: malformed number near '0x'"),
        Map.entry("lex_malformed_hex_exponent",
                "lex_malformed_hex_exponent.lua:1: malformed number near '0x1p'"),
        Map.entry("lex_malformed_hex_float",
                "lex_malformed_hex_float.lua:1: malformed number near '0x.p1'"),
        Map.entry("lex_malformed_letter",
                "lex_malformed_letter.lua:1: malformed number near '0xffz'"),
        Map.entry("lex_malformed_number",
                "lex_malformed_number.lua:1: malformed number near '3x'"),
        Map.entry("lex_unfinished_long_comment",
                "lex_unfinished_long_comment.lua:2: unfinished long comment (starting at line 1) near <eof>"),
        Map.entry("lex_unfinished_long_string",
                "lex_unfinished_long_string.lua:1: unfinished long string (starting at line 1) near <eof>"),
        Map.entry("lex_unfinished_long_string_lines",
                "lex_unfinished_long_string_lines.lua:4: unfinished long string (starting at line 1) near <eof>"),
        Map.entry("lex_unfinished_string_backslash_eof",
                "lex_unfinished_string_backslash_eof.lua:1: unfinished string near <eof>"),
        Map.entry("lex_unfinished_string_eof",
                "lex_unfinished_string_eof.lua:1: unfinished string near <eof>"),
        Map.entry("lex_unfinished_string_newline",
                "lex_unfinished_string_newline.lua:1: unfinished string near '\"abc'"),
        Map.entry("lex_utf8_empty",
                "lex_utf8_empty.lua:1: hexadecimal digit expected near '\"\\u{}'"),
        Map.entry("lex_utf8_eof",
                "lex_utf8_eof.lua:1: hexadecimal digit expected near ''\\u{'"),
        Map.entry("lex_utf8_missing_close",
                "lex_utf8_missing_close.lua:1: missing '}' near '\"\\u{12\"'"),
        Map.entry("lex_utf8_missing_open",
                "lex_utf8_missing_open.lua:1: missing '{' near '\"\\u1'"),
        Map.entry("lex_utf8_too_large",
                "lex_utf8_too_large.lua:1: UTF-8 value too large near '\"\\u{110000000'"),
        Map.entry("lex_utf8_too_large_after_max",
                "lex_utf8_too_large_after_max.lua:1: UTF-8 value too large near '\"\uDCFD\uDCBF\uDCBF\uDCBF\uDCBF\uDCBF\\u{80000000'"),
        Map.entry("limit_assignment_targets",
                "C stack overflow"),
        Map.entry("limit_concat_chain",
                "C stack overflow"),
        Map.entry("limit_locals",
                "limit_locals.lua:1: too many local variables (limit is 200) in main function near '='"),
        Map.entry("limit_locals_with_for_state",
                "limit_locals_with_for_state.lua:200: too many local variables (limit is 200) in function at line 1 near 'end'"),
        Map.entry("limit_nested_blocks",
                "C stack overflow"),
        Map.entry("limit_nested_functions",
                "C stack overflow"),
        Map.entry("limit_nested_parens",
                "C stack overflow"),
        Map.entry("limit_nested_tables",
                "C stack overflow"),
        Map.entry("limit_unary_chain",
                "C stack overflow"),
        Map.entry("parse_brace_expected_to_close",
                "parse_brace_expected_to_close.lua:3: '}' expected (to close '{' at line 1) near '@'"),
        Map.entry("parse_call_assign",
                "parse_call_assign.lua:1: syntax error near '='"),
        Map.entry("parse_do_expected",
                "parse_do_expected.lua:1: 'do' expected near 'end'"),
        Map.entry("parse_end_expected_anon_function",
                "parse_end_expected_anon_function.lua:4: 'end' expected (to close 'function' at line 2) near <eof>"),
        Map.entry("parse_end_expected_function",
                "parse_end_expected_function.lua:4: 'end' expected (to close 'function' at line 1) near <eof>"),
        Map.entry("parse_end_expected_same_line",
                "parse_end_expected_same_line.lua:1: 'end' expected near 'else'"),
        Map.entry("parse_end_expected_to_close_if",
                "parse_end_expected_to_close_if.lua:3: 'end' expected (to close 'if' at line 1) near 'else'"),
        Map.entry("parse_eof_expected",
                "parse_eof_expected.lua:3: <eof> expected near 'end'"),
        Map.entry("parse_eof_expected_after_return",
                "parse_eof_expected_after_return.lua:1: <eof> expected near 'return'"),
        Map.entry("parse_equals_or_in_expected",
                "parse_equals_or_in_expected.lua:1: '=' or 'in' expected near 'y'"),
        Map.entry("parse_expression_statement",
                "parse_expression_statement.lua:1: syntax error near <eof>"),
        Map.entry("parse_for_comma_expected",
                "parse_for_comma_expected.lua:1: ',' expected near 'do'"),
        Map.entry("parse_for_name_expected",
                "parse_for_name_expected.lua:1: <name> expected near '1'"),
        Map.entry("parse_for_too_many",
                "parse_for_too_many.lua:1: 'do' expected near ','"),
        Map.entry("parse_function_arguments_expected",
                "parse_function_arguments_expected.lua:1: function arguments expected near '.'"),
        Map.entry("parse_gt_expected",
                "parse_gt_expected.lua:1: '>' expected near <eof>"),
        Map.entry("parse_method_assign",
                "parse_method_assign.lua:1: function arguments expected near '='"),
        Map.entry("parse_name_expected_field",
                "parse_name_expected_field.lua:1: <name> expected near '1'"),
        Map.entry("parse_name_expected_local_function",
                "parse_name_expected_local_function.lua:1: <name> expected near '1'"),
        Map.entry("parse_name_or_dots_expected",
                "parse_name_or_dots_expected.lua:1: <name> or '...' expected near <eof>"),
        Map.entry("parse_not_a_call",
                "parse_not_a_call.lua:1: syntax error near <eof>"),
        Map.entry("parse_number_near",
                "parse_number_near.lua:1: syntax error near '1.5e3'"),
        Map.entry("parse_params_after_vararg",
                "parse_params_after_vararg.lua:1: ')' expected near ','"),
        Map.entry("parse_paren_assign",
                "parse_paren_assign.lua:1: syntax error near '='"),
        Map.entry("parse_paren_expected_to_close",
                "parse_paren_expected_to_close.lua:3: ')' expected (to close '(' at line 1) near <eof>"),
        Map.entry("parse_return_return",
                "parse_return_return.lua:1: unexpected symbol near 'return'"),
        Map.entry("parse_string_near_long",
                "parse_string_near_long.lua:2: unexpected symbol near '[==[a\nb]==]'"),
        Map.entry("parse_string_near_with_nul",
                "parse_string_near_with_nul.lua:1: unexpected symbol near '\"a'"),
        Map.entry("parse_then_expected",
                "parse_then_expected.lua:1: 'then' expected near 'else'"),
        Map.entry("parse_unexpected_at",
                "parse_unexpected_at.lua:1: unexpected symbol near '@'"),
        Map.entry("parse_unexpected_control",
                "parse_unexpected_control.lua:1: unexpected symbol near '<\\1>'"),
        Map.entry("parse_unexpected_eof",
                "parse_unexpected_eof.lua:1: unexpected symbol near <eof>"),
        Map.entry("parse_unexpected_high_byte",
                "parse_unexpected_high_byte.lua:1: unexpected symbol near '<\\255>'"),
        Map.entry("parse_unexpected_in_table",
                "parse_unexpected_in_table.lua:1: unexpected symbol near '}'"),
        Map.entry("parse_unexpected_nul",
                "parse_unexpected_nul.lua:2: unexpected symbol"),
        Map.entry("parse_unexpected_symbol_dot_number",
                "parse_unexpected_symbol_dot_number.lua:1: unexpected symbol near '.1'"),
        Map.entry("parse_until_expected",
                "parse_until_expected.lua:3: 'until' expected (to close 'repeat' at line 1) near <eof>"),
        Map.entry("parse_vararg_nested",
                "parse_vararg_nested.lua:1: cannot use '...' outside a vararg function near '...'"),
        Map.entry("parse_vararg_outside",
                "parse_vararg_outside.lua:1: cannot use '...' outside a vararg function near '...'"),
        Map.entry("scope_assign_close",
                "scope_assign_close.lua:2: attempt to assign to const variable 'x'"),
        Map.entry("scope_assign_const",
                "scope_assign_const.lua:1: attempt to assign to const variable 'x'"),
        Map.entry("scope_assign_const_function",
                "scope_assign_const_function.lua:4: attempt to assign to const variable 'x'"),
        Map.entry("scope_assign_const_second_target",
                "scope_assign_const_second_target.lua:2: attempt to assign to const variable 'b'"),
        Map.entry("scope_assign_const_upvalue",
                "scope_assign_const_upvalue.lua:3: attempt to assign to const variable 'x'"),
        Map.entry("scope_break_after_loop",
                "scope_break_after_loop.lua:1: break outside loop at line 1"),
        Map.entry("scope_break_in_block",
                "scope_break_in_block.lua:1: break outside loop at line 1"),
        Map.entry("scope_break_in_function_in_loop",
                "scope_break_in_function_in_loop.lua:1: break outside loop at line 1"),
        Map.entry("scope_break_outside",
                "scope_break_outside.lua:1: break outside loop at line 1"),
        Map.entry("scope_goto_into_local_scope",
                "scope_goto_into_local_scope.lua:1: <goto f> at line 1 jumps into the scope of local 'x'"),
        Map.entry("scope_goto_into_nested_block",
                "scope_goto_into_nested_block.lua:1: no visible label 'l1' for <goto> at line 1"),
        Map.entry("scope_goto_no_label",
                "scope_goto_no_label.lua:1: no visible label 'x' for <goto> at line 1"),
        Map.entry("scope_goto_no_label_later_line",
                "scope_goto_no_label_later_line.lua:3: no visible label 'x' for <goto> at line 1"),
        Map.entry("scope_goto_out_of_function",
                "scope_goto_out_of_function.lua:1: no visible label 'l1' for <goto> at line 1"),
        Map.entry("scope_goto_repeat_until",
                "scope_goto_repeat_until.lua:1: <goto l1> at line 1 jumps into the scope of local 'y'"),
        Map.entry("scope_label_repeated",
                "scope_label_repeated.lua:1: label 'a' already defined on line 1"),
        Map.entry("scope_label_repeated_lines",
                "scope_label_repeated_lines.lua:4: label 'a' already defined on line 3"),
        Map.entry("scope_label_repeated_nested",
                "scope_label_repeated_nested.lua:1: label 'a' already defined on line 1"),
        Map.entry("scope_multiple_close",
                "scope_multiple_close.lua:1: multiple to-be-closed variables in local list"),
        Map.entry("scope_unknown_attribute",
                "scope_unknown_attribute.lua:3: unknown attribute 'foo'"));

    static byte[] resource(String path) throws IOException {
        try (InputStream in = ErrorMessagesTest.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new IOException("missing test resource " + path);
            return in.readAllBytes();
        }
    }

    static List<String> resourceNames(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(ErrorMessagesTest.class.getResource("/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lua")).sorted().toList();
        }
    }

    static String message(String fileName, byte[] source) {
        LuaSyntaxException e = assertThrows(LuaSyntaxException.class,
                () -> Parser.parseFile(source, "@" + fileName), fileName + " parses");
        return e.getMessage();
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenSourceGivesTheReferenceMessage() {
        return EXPECTED.keySet().stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            String file = name + ".lua";
            assertEquals(EXPECTED.get(name), message(file, resource("errors/" + file)));
        }));
    }

    @Test
    void everyResourceHasAnExpectedMessage() throws Exception {
        TreeSet<String> files = new TreeSet<>();
        for (String f : resourceNames("errors")) files.add(f.substring(0, f.length() - 4));
        assertEquals(new TreeSet<>(EXPECTED.keySet()), files);
    }
}

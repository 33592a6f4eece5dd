package org.panlua.core.lib.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code tostring} of numbers against the reference interpreter's output. */
class LuaNumberTextTest {

    private static DynamicTest t(String expected, double d) {
        return DynamicTest.dynamicTest(expected, () -> check(expected, d));
    }

    /** A float given by its bits (random patterns, subnormals among them). */
    private static DynamicTest b(long bits, String expected) {
        return DynamicTest.dynamicTest(Long.toHexString(bits), () -> check(expected, Double.longBitsToDouble(bits)));
    }

    private static void check(String expected, double d) {
        assertEquals(expected, LuaNumberText.floatToString(d));
        assertArrayEquals(expected.getBytes(StandardCharsets.ISO_8859_1), LuaNumberText.ofFloat(d));
    }

    @TestFactory
    Stream<DynamicTest> namedFloats() {
        return Stream.of(
            t("1e+15", 1000000000000000.0),
            t("9.007199254741e+15", 9007199254740992.0),
            t("3.0", 3.0),
            t("-0.0", -0.0),
            t("0.0", 0.0),
            t("inf", Double.POSITIVE_INFINITY),
            t("-inf", Double.NEGATIVE_INFINITY),
            t("0.1", 0.10000000000000001),
            t("1e+100", 1e+100),
            t("1.2345678901234e+14", 123456789012345.0),
            t("1e+14", 100000000000000.0),
            t("99999999999999.0", 99999999999999.0),
            t("1e+15", 999999999999999.0),
            t("0.5", 0.5),
            t("-2.5", -2.5),
            t("0.33333333333333", 0.33333333333333331),
            t("0.66666666666667", 0.66666666666666663),
            t("0.3", 0.30000000000000004),
            t("100.0", 100.0),
            t("0.0001", 0.0001),
            t("1e-05", 1.0000000000000001e-05),
            t("0.00012345", 0.00012344999999999999),
            t("1.5e-05", 1.5e-05),
            t("4.9406564584125e-324", 4.9406564584124654e-324),
            t("2.2250738585072e-308", 2.2250738585072014e-308),
            t("1.7976931348623e+308", 1.7976931348623157e+308),
            t("9.2233720368548e+18", 9.2233720368547758e+18),
            t("-9.2233720368548e+18", -9.2233720368547758e+18),
            t("1.844674407371e+19", 1.8446744073709552e+19),
            t("1e+16", 10000000000000000.0),
            t("1.2345678901235e+19", 1.2345678901234567e+19),
            t("3.1415926535898", 3.14159265358979),
            t("3.1415926535898", 3.1415926535897931),
            t("-3.1415926535898", -3.1415926535897931),
            t("1e-14", 1e-14),
            t("1.5e-14", 1.4999999999999999e-14),
            t("123.456", 123.456),
            t("1e+300", 1.0000000000000001e+300),
            t("1e-300", 1e-300),
            t("4.35", 4.3499999999999996),
            t("0.035", 0.035000000000000003),
            t("1.4821969375237e-323", 1.4821969375237396e-323),
            t("10.0", 9.9999999999999503),
            t("9.9999999999999", 9.9999999999999485),
            t("1e+14", 99999999999999.5),
            t("9.9999999999999e-05", 9.9999999999999002e-05),
            t("1234567.0", 1234567.0),
            t("-1234567.125", -1234567.125),
            t("16777216.0", 16777216.0),
            t("2147483648.0", 2147483648.0),
            t("4.5035996273705e+15", 4503599627370496.0),
            t("7.2057594037928e+16", 72057594037927936.0)
        );
    }

    @TestFactory
    Stream<DynamicTest> randomBitPatterns() {
        return Stream.of(
            b(0x4060567601ACA230L, "130.70190509527"),
            b(0x3F098FCC8B02A204L, "4.8755101830725e-05"),
            b(0x00096DB7A28E7665L, "1.3112058886294e-308"),
            b(0x07856474CE85FA8DL, "1.9772136139279e-272"),
            b(0x3E842952A6006FE7L, "1.5021426502746e-07"),
            b(0x3F7DB5814ED0B5B8L, "0.0072531748856312"),
            b(0x000BB75074835B95L, "1.6293202619847e-308"),
            b(0xB50809F6A7770FF7L, "-3.1372254277783e-53"),
            b(0x402A558F5C22F32DL, "13.1671093743"),
            b(0x4086D52EB95A3FC2L, "730.6478144694"),
            b(0x000637EA20BA744AL, "8.6477721597877e-309"),
            b(0x29AA1A5DA7C87D45L, "5.557274490039e-108"),
            b(0x3E3786525B03FB8EL, "5.4772696796928e-09"),
            b(0x3FCA3E1F3EB9D901L, "0.20502081454078"),
            b(0x00001714BD28DD08L, "1.2538319085848e-310"),
            b(0xCBE57E5A72B32AFAL, "-4.2161659579763e+57"),
            b(0x3CBA4C65E41B3C7BL, "3.6496402752572e-16"),
            b(0x4033FF99D9EC80B4L, "19.998441334"),
            b(0x00086D90F76EDC75L, "1.1720567181826e-308"),
            b(0x88CB9FBE735C33C2L, "-2.6771974839696e-266"),
            b(0x3F8F89AE7625C454L, "0.015399325352265"),
            b(0x403B327677CBB6F0L, "27.197120177493"),
            b(0x0007399367DB9874L, "1.004746769942e-308"),
            b(0x067BC09074F5AD19L, "1.9569579299383e-277"),
            b(0x3E8BDFE7F737D101L, "2.0768220175517e-07"),
            b(0x4071AEF8A18522E7L, "282.93570091254"),
            b(0x0003EB269C72FD37L, "5.4494254790906e-309"),
            b(0x963C879C9E758994L, "-1.4559304517383e-201"),
            b(0x41C081B3A8886C25L, "553871185.0658"),
            b(0x40B54626E868C492L, "5446.1519837837"),
            b(0x0002F881D9C42728L, "4.1313104362149e-309"),
            b(0xB11ED1F1E9E3634FL, "-4.3608892605053e-72"),
            b(0x424B69A62C8E970BL, "235473230109.18"),
            b(0x3FB907AAB3E06151L, "0.097773236193807"),
            b(0x000E4E14E60B0D08L, "1.989355984902e-308"),
            b(0xC59929F5D72C1748L, "-1.9469630382883e+27"),
            b(0x43F12FB8DC33CFD4L, "1.9814586855228e+19"),
            b(0x3FD6497D588BC7AFL, "0.34823545119354"),
            b(0x000BCF41F0629C8EL, "1.642327000969e-308"),
            b(0xBC96BA1457BD38B8L, "-7.8849679929223e-17"),
            b(0x3C43BE0196E853C3L, "2.1404548872899e-18"),
            b(0x3FE09707C2CAB23DL, "0.51843631787558"),
            b(0x000D30CD63619EA2L, "1.83438342723e-308"),
            b(0xA03A5D5A2FE61334L, "-1.9663659812074e-153"),
            b(0x424CFC2CD99CFA70L, "248979764025.96"),
            b(0x3F4196AC9AF55296L, "0.00053676059716652"),
            b(0x00043C22187C17B6L, "5.8893467078803e-309"),
            b(0x11DD69ADE4CBD69CL, "1.2713927476748e-222"),
            b(0x412C1CB1B3DD7A26L, "921176.85129911"),
            b(0x40840AA1D0BDD1E7L, "641.32901142403"),
            b(0x000AA29B520B1C24L, "1.479004160419e-308"),
            b(0x98AF1D74E45409BDL, "-8.7293811323777e-190"),
            b(0x407A4236ED827EF4L, "420.1384101007"),
            b(0x40DD20BC3FCA26A3L, "29826.941393411"),
            b(0x000AE96E38C2E999L, "1.5174778565412e-308"),
            b(0x5502A089F6B83259L, "3.2593719408984e+101"),
            b(0x3F903020F151EF0EL, "0.015808596352584"),
            b(0x40CB560069C178C4L, "13996.003227409"),
            b(0x00085C352F9AB557L, "1.1626270344938e-308"),
            b(0xCA365CD7AF3E1ECCL, "-3.2683073098202e+49"),
            b(0x413C3B8C0CA0F6AAL, "1850252.0493311"),
            b(0x40BCD0E17D234C71L, "7376.8808157026"),
            b(0x0003E7E1D8301A2EL, "5.4316693260905e-309"),
            b(0xEB7BCEDD092EF97AL, "-5.7138350007653e+209"),
            b(0x40E893B5ACE0D174L, "50333.677353295"),
            b(0x3FFC968DCA66027AL, "1.7867563158217"),
            b(0x000482AE669DF33AL, "6.2725856241473e-309"),
            b(0x7E58164B1AEAB363L, "4.0327370791842e+300"),
            b(0x3C6198A54162BBD4L, "7.6311663574555e-18"),
            b(0x3FA3C141F1887AA2L, "0.038583813413642"),
            b(0x000F2C34D8D3B706L, "2.1100210440101e-308"),
            b(0x7D8AF3BD6D4C8FDDL, "5.5083116462256e+296"),
            b(0x3E8E877023F09CEAL, "2.2745918390572e-07"),
            b(0x40900766125DCB33L, "1025.8496794372"),
            b(0x000D16BCAC7C694DL, "1.8202239552848e-308"),
            b(0xABA14EBCF80506D0L, "-1.5825868282369e-98"),
            b(0x41D9EEBDBFA9D670L, "1740306174.6537"),
            b(0x3F22F05C6EE48F9BL, "0.00014449241957337"),
            b(0x00008F6E3210A2ACL, "7.7915856443606e-310"),
            b(0xE97C72E071CB5915L, "-1.3610062903346e+200"),
            b(0x40B3975F569B756CL, "5015.3724152719"),
            b(0x3F99D7D2481A8F90L, "0.025237355852951"),
            b(0x00095BF5316F7485L, "1.3015583580975e-308"),
            b(0x1A9C49B5BD36FAB8L, "1.7042910732184e-180"),
            b(0x439CEE1A4C1BF64EL, "5.2115814792702e+17"),
            b(0x4018C2C93B777B6EL, "6.1902207652737"),
            b(0x000E21067ABF50B6L, "1.9648799960689e-308"),
            b(0x49A276E781821224L, "5.2706744407813e+46"),
            b(0x4281E7CEA7568C73L, "2460912773841.6"),
            b(0x3F2DFD4A4C9D9F19L, "0.00022880107854494"),
            b(0x00075B9100C853A1L, "1.0232115229193e-308"),
            b(0x88AB7ABCC395F96DL, "-6.6579691297207e-267"),
            b(0x3C7341BAB6C243BFL, "1.670257272598e-17"),
            b(0x3FAE0A8607B0A8F3L, "0.058674038351755"),
            b(0x000299DD39B01A2DL, "3.6171800270139e-309"),
            b(0x0CBFB5164900FFCCL, "2.8342869107553e-247"),
            b(0x4019DB5D7A7B25B2L, "6.4642237794555"),
            b(0x3F22C5D5E0B5F812L, "0.00014322505772307"),
            b(0x00030A7023C44D34L, "4.2287161769624e-309"),
            b(0x6FAD9C7D9D90C7F1L, "8.9789191724934e+229"),
            b(0x3D3B1CC69B55C92BL, "9.6322613881227e-14"),
            b(0x3FAFB5BF8C9616F1L, "0.06193350402013"),
            b(0x000D5694BB052B33L, "1.854905974967e-308"),
            b(0x16076CF1CA84A30CL, "1.494317872671e-202"),
            b(0x419A863422671851L, "111250696.60068"),
            b(0x3F84000C44FC0CD4L, "0.0097657164146824"),
            b(0x00096BD62FCCA938L, "1.3101842574276e-308"),
            b(0x95096E3D45F7CF23L, "-2.4753122241426e-207"),
            b(0x3C3D8AEA991624E0L, "1.6015098416968e-18"),
            b(0x4095EED96A39527BL, "1403.7123192746"),
            b(0x0000913778D44C01L, "7.888619508864e-310"),
            b(0xF401F030937B7DA0L, "-6.4216445818938e+250"),
            b(0x428C1E847FD955BBL, "3864674695978.7"),
            b(0x3FC3515AB11D4FD2L, "0.15092023513955"),
            b(0x000F9F30407FCD71L, "2.172482849461e-308"),
            b(0x030B18B60A4FE71BL, "5.3033206553736e-294"),
            b(0x3E86A4ABD1E7A8EDL, "1.6870533499299e-07"),
            b(0x4060D2DAD8727C80L, "134.5892145382"),
            b(0x000188EAA80FBEE7L, "2.134444616996e-309"),
            b(0x6C7D584D560768B9L, "3.951572994765e+214"),
            b(0x3C578322AA27825CL, "5.0984060052801e-18"),
            b(0x40C1B5DD8BAC53AFL, "9067.7308249863"),
            b(0x0009EA6357D80F1BL, "1.3789308869984e-308"),
            b(0xF04E1BF62A600242L, "-9.3490232922353e+232"),
            b(0x408243C87E725911L, "584.47289742789"),
            b(0x40944BD9CB2AB2D4L, "1298.9626890823"),
            b(0x000C4FCCBC5E594BL, "1.7121550852938e-308"),
            b(0x989D5E3845216EBBL, "-4.1196261140421e-190"),
            b(0x3E7C242B7528943AL, "1.0483446758658e-07"),
            b(0x3F9AA01E3B4CA52FL, "0.026001427049015"),
            b(0x000BC5204D5729E2L, "1.6368233143978e-308"),
            b(0x81316A3DA7A2E695L, "-6.348745693557e-303"),
            b(0x3FD19F3DF49DA19AL, "0.27534436119324"),
            b(0x408DCC16EB5D490DL, "953.51119110946"),
            b(0x00051C1AE18FD4C9L, "7.1060308819619e-309"),
            b(0xB9192E4C98389E8CL, "-1.2124141264991e-33"),
            b(0x42E04B145D3A488BL, "1.4331720196564e+14"),
            b(0x3FD3D932C91C105AL, "0.31013173713314"),
            b(0x0007AC3258A4C9F8L, "1.067012366326e-308"),
            b(0x8CB6C7B7380D9B4FL, "-2.0362915129902e-247"),
            b(0x41F552787FAF8240L, "5723621370.9693"),
            b(0x406255AF0BAFF5F9L, "146.67761787765"),
            b(0x000112375E6B3FE4L, "1.4896276517294e-309"),
            b(0xD5BA717609758119L, "-9.4761655408828e+104"),
            b(0x427C9A75D6ECC2D6L, "1965607972556.2"),
            b(0x40D4779E735D919DL, "20958.475791352"),
            b(0x000B630FAF39EFEBL, "1.5835514214458e-308"),
            b(0x9751DDD38A4EEA93L, "-2.3901356003304e-196"),
            b(0x3D012F433685A03DL, "7.6315040236664e-15"),
            b(0x40F6F926A91DC024L, "94098.416288138"),
            b(0x000D635E2C633BA9L, "1.8618522068988e-308"),
            b(0xAC259576F2D941C8L, "-5.0524291344099e-96"),
            b(0x4319D3F58ECA8291L, "1.8174815084628e+15"),
            b(0x40CFF5C224DA8FB3L, "16363.516749687"),
            b(0x0004BD78A8CBA1CAL, "6.5919514762494e-309"),
            b(0xDCE69DE2633B8416L, "-3.3666497102513e+139"),
            b(0x3DE3500DB4E12A9AL, "1.4051845315785e-10"),
            b(0x3FB3CCBACEE3E62EL, "0.077342677603064"),
            b(0x000FC515D37EAA37L, "2.1930695490821e-308"),
            b(0x959C8477F2CCF3E1L, "-1.4211951808239e-204")
        );
    }

    @Test
    void nanPrintsTheSignBitItIsGiven() {
        assertEquals("-nan", LuaNumberText.floatToString(Cases.NEG_NAN)); // 0/0 on x86-64
        assertEquals("nan", LuaNumberText.floatToString(Cases.NAN)); // -(0/0)
        assertEquals("nan", LuaNumberText.floatToString(Double.longBitsToDouble(0x7FF0_0000_0000_0001L)));
    }

    @Test
    void writesIntoACallersBuffer() {
        byte[] buf = new byte[4 + LuaNumberText.MAX_FLOAT_LENGTH];
        int end = LuaNumberText.writeFloat(-1.2345678901234e-308, buf, 4);
        assertEquals("-1.2345678901234e-308", new String(buf, 4, end - 4, StandardCharsets.ISO_8859_1));
        end = LuaNumberText.writeInteger(Long.MIN_VALUE, buf, 2);
        assertEquals("-9223372036854775808", new String(buf, 2, end - 2, StandardCharsets.ISO_8859_1));
    }

    @Test
    void integers() {
        assertEquals("0", new String(LuaNumberText.ofInteger(0), StandardCharsets.ISO_8859_1));
        assertEquals("-1", new String(LuaNumberText.ofInteger(-1), StandardCharsets.ISO_8859_1));
        assertEquals("9223372036854775807", new String(LuaNumberText.ofInteger(Long.MAX_VALUE), StandardCharsets.ISO_8859_1));
        assertEquals("-9223372036854775808", new String(LuaNumberText.ofInteger(Long.MIN_VALUE), StandardCharsets.ISO_8859_1));
        assertEquals("1000000000000000000", new String(LuaNumberText.ofInteger(1_000_000_000_000_000_000L), StandardCharsets.ISO_8859_1));
        assertEquals("999999999999999999", LuaNumberText.integerToString(999_999_999_999_999_999L));
    }
}

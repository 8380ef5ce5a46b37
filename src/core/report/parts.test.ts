import { generalOf, headerName, levelName } from "./parts";
import { readTables } from "../sheets/read";

const nb = (s: string) => s.replace(/_/g, "\u00a0");

describe("header names and registration levels", () => {
  test("a header line breaks only between the terms of a name, never inside the proper name", () => {
    expect(headerName("Đảng ủy phường Giang Biên")).toBe(
      nb("ĐẢNG_ỦY PHƯỜNG GIANG_BIÊN"),
    );
    expect(headerName("Chi bộ Trường Mầm non Tràng An")).toBe(
      nb("CHI_BỘ TRƯỜNG MẦM_NON TRÀNG_AN"),
    );
    expect(headerName("Trường TH&THCS  Vĩnh Bình Bắc")).toBe(
      nb("TRƯỜNG TH&THCS VĨNH_BÌNH_BẮC"),
    );
    expect(headerName("Phòng GD&ĐT Thành phố Điện Biên Phủ")).toBe(
      nb("PHÒNG_GD&ĐT THÀNH_PHỐ ĐIỆN_BIÊN_PHỦ"),
    );
    // A name of no known kind, or a proper name too long for one line, is left to wrap.
    expect(headerName("Hội Khuyến học")).toBe("HỘI KHUYẾN HỌC");
    expect(
      headerName(
        "Trường Phổ thông Dân tộc Bán trú Tiểu học và Trung học cơ sở Xã Nậm Cang",
      ),
    ).toBe(
      nb(
        "TRƯỜNG PHỔ_THÔNG DÂN TỘC BÁN TRÚ TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ XÃ NẬM CANG",
      ),
    );
  });

  test("the registration level as one word, from the addresses the workbook holds (seed 002: cấp Thành phố)", () => {
    const g = generalOf(readTables([]).data);
    const at = (address: string) => ({ address }) as never;
    expect(
      levelName(
        "district",
        g,
        at(
          "Tổ 2-Phường Thanh Trường- Thành phố Điện Biên Phủ - Tỉnh Điện Biên.",
        ),
      ),
    ).toBe("thành phố");
    expect(
      levelName(
        "district",
        g,
        at(
          "Ấp Vĩnh Phước, xã Vĩnh Bình Bắc, huyện Vĩnh Thuận, tỉnh Kiên Giang",
        ),
      ),
    ).toBe("huyện");
    expect(
      levelName("district", g, at("Phường Giang Biên, quận Long Biên, Hà Nội")),
    ).toBe("quận");
    expect(levelName("district", g, at("Phường 1, thị xã Gò Công"))).toBe(
      "thị xã",
    );
    expect(
      levelName("commune", g, at("Phường Giếng Đáy, thành phố Hạ Long")),
    ).toBe("phường");
    expect(levelName("commune", g, at("Ấp Vĩnh Phước, xã Vĩnh Bình Bắc"))).toBe(
      "xã",
    );
    expect(levelName("school", g, null)).toBe("cơ sở");
    expect(levelName("province", g, null)).toBe("tỉnh");
    // No address: "huyện" and "xã", the most common.
    expect(levelName("district", g, null)).toBe("huyện");
  });
});

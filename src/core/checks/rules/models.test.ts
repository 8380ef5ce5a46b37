import { check } from "../../../../test/support/rules";
import { tableOf } from "../../../../test/support/tables";
import { modelsSpec, rosterSpec } from "../../sheets/specs";

describe("model rules", () => {
  test("models: missing kind / field / level, owner not in the roster, no result after the period, Party share", () => {
    const roster = tableOf(rosterSpec, [
      {
        fullName: "Hồ Thị Tuyến",
        position: "Giáo viên",
        partyStatus: "Chính thức",
      },
      {
        fullName: "Trương Thị Bích Ngọc",
        position: "Giáo viên",
        partyStatus: "Chính thức",
      },
    ]);
    const models = tableOf(modelsSpec, [
      {
        name: "Khéo trong tuyên truyền",
        kind: "Cá nhân",
        owner: "Đ/c Hồ Thị Tuyến",
        field: "Văn hóa – xã hội",
        registrationLevel: "Cơ sở (trường)",
        status: "Đạt",
        results: "Tốt",
      },
      {
        name: "Khéo vận động",
        kind: "Cá nhân",
        owner: "Nguyễn Văn Không Có",
        registrationLevel: "Cơ sở (trường)",
        status: "Đang thực hiện",
      },
      { name: "Mô hình tập thể" },
    ]);
    const f = check("models", [roster, models]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ["models.party-share", ""],
      ["models.owner", "D5"],
      ["models.missing", "E5"],
      ["models.result", "K5"],
      ["models.missing", "C6"],
      ["models.missing", "E6"],
      ["models.missing", "F6"],
      ["models.result", "K6"],
    ]);
    expect(f[0].message).toBe(
      "1/2 đảng viên (50%) có mô hình “Dân vận khéo” cá nhân.",
    );
  });
});

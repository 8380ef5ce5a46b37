import { labels, ModelField, ModelKind, ModelStatus, RecognitionLevel } from "../../model/enums";
import type { ModelRow } from "../../model/records";
import type { TableSheetSpec } from "../spec";

/** Mô hình DVK: the "Dân vận khéo" models registered, followed through to recognition. */
export const modelsSpec: TableSheetSpec<keyof ModelRow> = {
  kind: "table",
  id: "models",
  sheetName: "Mô hình DVK",
  tableName: "tblModels",
  title: "THEO DÕI MÔ HÌNH “DÂN VẬN KHÉO”",
  note: "Mỗi dòng một mô hình tập thể hoặc cá nhân; cá nhân đặt tên “Khéo …”.",
  columns: [
    { key: "no", header: "STT", type: "integer", width: 5 },
    { key: "name", header: "Tên mô hình", type: "text", width: 40, required: true },
    { key: "kind", header: "Loại", aliases: ["Loại mô hình"], type: "list", list: labels(ModelKind), options: ModelKind, width: 9, required: true },
    { key: "owner", header: "Cá nhân / tập thể thực hiện", aliases: ["Người thực hiện", "Chủ thể"], type: "text", width: 22 },
    { key: "field", header: "Lĩnh vực", type: "list", list: labels(ModelField), options: ModelField, width: 22, required: true },
    { key: "registrationLevel", header: "Cấp đăng ký", type: "list", list: labels(RecognitionLevel), options: RecognitionLevel, width: 14 },
    { key: "year", header: "Năm", type: "integer", width: 7, numberFormat: "0" },
    { key: "registeredOn", header: "Ngày đăng ký", type: "date", width: 11 },
    { key: "goals", header: "Mục tiêu, chỉ tiêu", type: "text", width: 28 },
    { key: "solutions", header: "Giải pháp chính", type: "text", width: 28 },
    { key: "results", header: "Kết quả", type: "text", width: 28 },
    { key: "status", header: "Trạng thái", type: "list", list: labels(ModelStatus), options: ModelStatus, width: 14 },
    { key: "recognisedLevel", header: "Cấp công nhận", type: "list", list: labels(RecognitionLevel), options: RecognitionLevel, width: 14 },
    { key: "commendation", header: "Khen thưởng", type: "text", width: 18 },
  ],
  blankRows: 1,
};

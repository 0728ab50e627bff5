import { splitSentences } from "../sentences";
import { findRussianDates, russianDatelineDate } from "./dates";

const published = new Date(Date.UTC(2024, 4, 8)); // Wednesday 8 May 2024
const dates = (text: string) => findRussianDates(text, splitSentences(text), published).map((d) => [d.text, d.date.toISOString().slice(0, 10), d.precision]);

describe("findRussianDates", () => {
  it("reads full dates and resolves weekdays and days without a year to the past", () => {
    expect(dates("Встреча прошла 14 марта 2023 года.")).toEqual([["14 марта 2023 года", "2023-03-14", "DAY"]]);
    expect(dates("В понедельник министры провели переговоры.")).toEqual([["В понедельник", "2024-05-06", "DAY"]]);
    expect(dates("Соглашение подписали 15 мая.")).toEqual([["15 мая", "2023-05-15", "DAY"]]);
    expect(dates("Вчера он заявил об этом.")).toEqual([["Вчера", "2024-05-07", "DAY"]]);
  });

  it("puts a future sentence's date after publication and a week at month precision", () => {
    expect(dates("Следующая встреча состоится 15 мая.")).toEqual([["15 мая", "2024-05-15", "DAY"]]);
    expect(dates("СМИ пишут, что встреча может состояться 30 мая.")).toEqual([["30 мая", "2024-05-30", "DAY"]]);
    expect(dates("Министры встретились на прошлой неделе.")).toEqual([["на прошлой неделе", "2024-05-01", "MONTH"]]);
  });
});

describe("russianDatelineDate", () => {
  it("reads a Russian dateline in the first paragraph", () => {
    expect(russianDatelineDate("Москва, 8 июня 2020\n\nТекст.")?.toISOString().slice(0, 10)).toBe("2020-06-08");
    expect(russianDatelineDate("Текст без даты.")).toBeNull();
  });
});

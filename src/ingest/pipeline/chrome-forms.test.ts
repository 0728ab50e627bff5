import { isEndMarker, isFormChrome, undecorated, withoutClosingBoxes, withoutMarkdownImages } from "./chrome-forms";

describe("isFormChrome", () => {
  it("knows raw markup, an unfilled placeholder, a captcha sum and a line without words", () => {
    for (const line of ['<form action="/comment/reply/1" method="post"> <div><label for="edit-name">Your name:</label> <input typ', "%d bloggers like this:", "7 + 0 =", "1483**1424"]) {
      expect(isFormChrome(line)).toBe(true);
    }
  });

  it("knows a comment form's labels and a prompt pointing the reader at the page", () => {
    for (const line of ["top of page", "Back to the top of the page", "Your Comment", "Post new comment", "You are replying to: .", "What is your comment about this article? Leave your comments with us at the bottom of this page."]) {
      expect(isFormChrome(line)).toBe(true);
    }
  });

  it("keeps sentences and headlines that speak of comments or replies", () => {
    for (const line of ["The story made the top of page one", "Minister declines to comment", "The ministry did not reply to requests for comment on Tuesday.", "“You will get our reply in writing,” the minister told the comment pages.", "Prices rose 2.9% on Monday."]) {
      expect(isFormChrome(line)).toBe(false);
    }
  });
});

describe("isEndMarker", () => {
  it("knows the wire's end-of-copy marks, not a sentence about an end", () => {
    for (const line of ["End Item", "-END-", "ENDS", "###"]) expect(isEndMarker(line)).toBe(true);
    expect(isEndMarker("End of an era for the port")).toBe(false);
  });
});

describe("withoutMarkdownImages and undecorated", () => {
  it("removes a markdown image and reads a label without its dashes or brackets", () => {
    expect(withoutMarkdownImages("![Minister visits port](https://example.org/media/a-750-500.webp)")).toBe("");
    expect(undecorated("- Advertisement -")).toBe("Advertisement");
    expect(undecorated("[ Advertisement ]")).toBe("Advertisement");
    expect(undecorated("A caption (credit: AGENCY/POOL)")).toBe("A caption (credit: AGENCY/POOL)");
  });
});

describe("withoutClosingBoxes", () => {
  const story = ["The minister said on Friday the port would reopen after the storm had passed.", "He added that the ferries would run again on Monday."];

  it("drops an outlet's or author's box and a label introducing nothing at the end", () => {
    const box = ["Harbour Review", "Harbour Review is an independent site covering shipping and ports across the region."];
    expect(withoutClosingBoxes([...story, ...box, "Original News :"])).toEqual(story);
  });

  it("keeps a name heading over its profile inside the story and a label followed by what it introduces", () => {
    const profile = ["Ana Lima", "Ana Lima, who won the seat twice, leads the transport ministry."];
    expect(withoutClosingBoxes([...story, ...profile])).toEqual([...story, ...profile]);
    expect(withoutClosingBoxes(["He said:", ...story])).toEqual(["He said:", ...story]);
  });
});

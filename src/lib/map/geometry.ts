/** Map units shared by the projection and the label placement: points, boxes, rounding. */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rounded to a tenth of a map unit. */
export const round = (n: number): number => Math.round(n * 10) / 10;

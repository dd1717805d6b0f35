/** The calendar update both clock workloads measure: the 2027 schedule arrives (as the platform would push it), so clocks into 2027 move. */
export const OVERRIDE_2027 = {
  year: 2027,
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: false },
    ...['2027-02-10', '2027-02-11', '2027-02-12', '2027-02-15', '2027-02-16'].map((date) => ({ name: '春节', date, isOffDay: true })),
  ],
};

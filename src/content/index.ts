// Wired by the content work (extract → claims → highlights).
export {};

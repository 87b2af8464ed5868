/**
 * Place names in Japanese and Chinese writing with their English forms (issue 10, point 3): the countries and the
 * cities of the End User List's entries (and the SDN list's most frequent ones), as a Japanese order sheet writes
 * them — katakana (ピョンヤン, テヘラン) or kanji (平壌, 寧辺) — and as Chinese writes them (平壤, 德黑兰). Used to read
 * a foreign institution written the Japanese way (ピョンヤン技術大学 → Pyongyang Technical University;
 * script-readings.ts).
 * Sources: Japanese country names as the Ministry of Foreign Affairs of Japan writes them (外務省「国・地域」); Japanese
 * city names in the usual Japanese exonyms (katakana after the local pronunciation; kanji for Korean and Chinese
 * cities); Chinese names in the standard mainland forms (the forms the End User List's own Chinese names use where
 * it has them). The English form is the one the lists use. Written for this project; as of 2026-12-01.
 */

export interface PlaceName {
  en: string;
  /** Japanese: katakana and/or kanji forms. */
  ja: string[];
  /** Chinese (simplified; traditional forms are folded by the matcher). */
  zh?: string[];
}

export const PLACE_NAMES: PlaceName[] = [
  // countries and regions of the End User List
  { en: "Afghanistan", ja: ["アフガニスタン"], zh: ["阿富汗"] },
  { en: "Armenia", ja: ["アルメニア"], zh: ["亚美尼亚"] },
  { en: "China", ja: ["中国", "チャイナ"], zh: ["中国"] },
  { en: "Hong Kong", ja: ["香港", "ホンコン"], zh: ["香港"] },
  { en: "Iran", ja: ["イラン"], zh: ["伊朗"] },
  { en: "Israel", ja: ["イスラエル"], zh: ["以色列"] },
  { en: "Korea", ja: ["朝鮮", "北朝鮮", "コリア"], zh: ["朝鲜"] },
  { en: "Lebanon", ja: ["レバノン"], zh: ["黎巴嫩"] },
  { en: "Pakistan", ja: ["パキスタン"], zh: ["巴基斯坦"] },
  { en: "Russia", ja: ["ロシア"], zh: ["俄罗斯"] },
  { en: "Russian", ja: ["ロシアン"] },
  { en: "Syria", ja: ["シリア"], zh: ["叙利亚"] },
  { en: "Syrian", ja: ["シリアン"] },
  { en: "Taiwan", ja: ["台湾", "タイワン"], zh: ["台湾"] },
  { en: "Turkey", ja: ["トルコ"], zh: ["土耳其"] },
  { en: "United Arab Emirates", ja: ["アラブ首長国連邦"], zh: ["阿联酋"] },
  { en: "Belarus", ja: ["ベラルーシ"], zh: ["白俄罗斯"] },
  { en: "Yemen", ja: ["イエメン"], zh: ["也门"] },
  // cities and provinces
  { en: "Pyongyang", ja: ["ピョンヤン", "平壌"], zh: ["平壤"] },
  { en: "Yongbyon", ja: ["ヨンビョン", "寧辺"], zh: ["宁边"] },
  { en: "Nampo", ja: ["ナンポ", "南浦"], zh: ["南浦"] },
  { en: "Hamhung", ja: ["ハムフン", "咸興"], zh: ["咸兴"] },
  { en: "Wonsan", ja: ["ウォンサン", "元山"], zh: ["元山"] },
  { en: "Tehran", ja: ["テヘラン"], zh: ["德黑兰"] },
  { en: "Isfahan", ja: ["イスファハン", "エスファハーン"], zh: ["伊斯法罕"] },
  { en: "Shiraz", ja: ["シーラーズ", "シラーズ"], zh: ["设拉子"] },
  { en: "Tabriz", ja: ["タブリーズ"], zh: ["大不里士"] },
  { en: "Mashhad", ja: ["マシュハド"], zh: ["马什哈德"] },
  { en: "Karachi", ja: ["カラチ"], zh: ["卡拉奇"] },
  { en: "Lahore", ja: ["ラホール"], zh: ["拉合尔"] },
  { en: "Islamabad", ja: ["イスラマバード"], zh: ["伊斯兰堡"] },
  { en: "Damascus", ja: ["ダマスカス"], zh: ["大马士革"] },
  { en: "Aleppo", ja: ["アレッポ"], zh: ["阿勒颇"] },
  { en: "Beirut", ja: ["ベイルート"], zh: ["贝鲁特"] },
  { en: "Dubai", ja: ["ドバイ"], zh: ["迪拜"] },
  { en: "Sharjah", ja: ["シャルジャ"], zh: ["沙迦"] },
  { en: "Moscow", ja: ["モスクワ"], zh: ["莫斯科"] },
  { en: "Saint Petersburg", ja: ["サンクトペテルブルク"], zh: ["圣彼得堡"] },
  { en: "Novosibirsk", ja: ["ノボシビルスク"], zh: ["新西伯利亚"] },
  { en: "Yekaterinburg", ja: ["エカテリンブルク"], zh: ["叶卡捷琳堡"] },
  { en: "Kazan", ja: ["カザン"], zh: ["喀山"] },
  { en: "Minsk", ja: ["ミンスク"], zh: ["明斯克"] },
  { en: "Beijing", ja: ["北京", "ペキン"], zh: ["北京"] },
  { en: "Shanghai", ja: ["上海", "シャンハイ"], zh: ["上海"] },
  { en: "Shenzhen", ja: ["深圳", "シンセン"], zh: ["深圳"] },
  { en: "Guangzhou", ja: ["広州"], zh: ["广州"] },
  { en: "Harbin", ja: ["ハルビン", "哈爾浜"], zh: ["哈尔滨"] },
  { en: "Xian", ja: ["西安", "シーアン"], zh: ["西安"] },
  { en: "Nanjing", ja: ["南京", "ナンキン"], zh: ["南京"] },
  { en: "Chengdu", ja: ["成都", "チェンドゥ"], zh: ["成都"] },
  { en: "Dalian", ja: ["大連", "ダイレン"], zh: ["大连"] },
  { en: "Dandong", ja: ["丹東", "タントン"], zh: ["丹东"] },
  { en: "Tianjin", ja: ["天津", "テンシン"], zh: ["天津"] },
  { en: "Wuhan", ja: ["武漢", "ブカン"], zh: ["武汉"] },
  { en: "Changsha", ja: ["長沙", "チャンシャー"], zh: ["长沙"] },
  { en: "Hangzhou", ja: ["杭州"], zh: ["杭州"] },
  { en: "Zhejiang", ja: ["浙江", "セッコウ"], zh: ["浙江"] },
  { en: "Sichuan", ja: ["四川", "シセン"], zh: ["四川"] },
];

let byJapanese: Array<[string, string]> | undefined;

/** Japanese forms (katakana and kanji) → English, longest first (for cutting a place off the front of a name). */
export function japanesePlaceNames(): Array<[string, string]> {
  if (!byJapanese) {
    byJapanese = [];
    for (const p of PLACE_NAMES) for (const j of p.ja) byJapanese.push([j, p.en]);
    byJapanese.sort((a, b) => b[0].length - a[0].length);
  }
  return byJapanese;
}

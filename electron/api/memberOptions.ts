/** Value lists of the roster (DOMAIN.md, Member roster). Shared by forms, importer and ledgers. */

/** The 56 ethnic groups, GB 3304 order and names. */
// prettier-ignore
export const ETHNICITIES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

export const EDUCATIONS = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学及以下'] as const;
export type Education = (typeof EDUCATIONS)[number];

/** 大专及以上, for the 基本情况 counts. */
export const COLLEGE_OR_ABOVE: readonly Education[] = ['研究生', '大学本科', '大学专科'];

export const DEGREES = ['无', '学士', '硕士', '博士'] as const;

export const OCCUPATIONS = [
  '农牧渔民',
  '工人',
  '企业管理人员',
  '专业技术人员',
  '党政机关工作人员',
  '学生',
  '离退休人员',
  '其他',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/** 正式党员 / 预备党员. */
export const MEMBER_KINDS = ['formal', 'probationary'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MEMBER_KIND_LABELS: Record<MemberKind, string> = { formal: '正式党员', probationary: '预备党员' };

/** 党籍状态. Only `active` members are on the current roster. */
export const MEMBER_STATUSES = ['active', 'transferred_out', 'left', 'deceased', 'suspended'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: '在册',
  transferred_out: '已转出',
  left: '已出党',
  deceased: '已去世',
  suspended: '停止党籍',
};

/** Ways of leaving the Party (出党). */
export const LEAVE_KINDS = ['removed', 'expelled', 'persuaded', 'self_lapsed', 'probation_cancelled'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];
export const LEAVE_KIND_LABELS: Record<LeaveKind, string> = {
  removed: '除名',
  expelled: '开除党籍',
  persuaded: '劝退',
  self_lapsed: '自行脱党',
  probation_cancelled: '取消预备党员资格',
};

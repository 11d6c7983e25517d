import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import { EnquiryList } from './EnquiryList';
import { EnquiryShow } from './EnquiryShow';

/** 問い合わせ: buyers' questions from their order page, answered by the shop. */
export default { list: EnquiryList, show: EnquiryShow, icon: QuestionAnswerIcon };
